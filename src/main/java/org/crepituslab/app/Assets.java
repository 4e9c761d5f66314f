package org.crepituslab.app;

import java.io.InputStream;
import javafx.scene.image.Image;

/** Images shipped in assets/ (packaged in the jar under /assets). */
public final class Assets {
    private Assets() {
    }

    /** The image at assets/{path}, or null if there is none. */
    public static Image image(String path) {
        InputStream in = Assets.class.getResourceAsStream("/assets/" + path);
        return in == null ? null : new Image(in);
    }
}
