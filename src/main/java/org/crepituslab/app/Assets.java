package org.crepituslab.app;

import java.io.InputStream;
import javafx.scene.image.Image;

/** Images shipped in assets/ (packaged in the jar under /assets). */
public final class Assets {
    private Assets() {
    }

    /**
     * The image at assets/{path} decoded in the background at the given size, or null if there is
     * none: thumbnails appear a moment after the first frame instead of delaying it.
     */
    public static Image imageAsync(String path, double width, double height) {
        java.net.URL url = Assets.class.getResource("/assets/" + path);
        return url == null ? null : new Image(url.toExternalForm(), width, height, true, true, background);
    }

    private static volatile boolean background = true;

    /** Off for a one-shot render (the snapshot command), which must not miss images still loading. */
    public static void setBackgroundLoading(boolean on) {
        background = on;
    }

    /** The image at assets/{path}, or null if there is none. */
    public static Image image(String path) {
        InputStream in = Assets.class.getResourceAsStream("/assets/" + path);
        return in == null ? null : new Image(in);
    }
}
