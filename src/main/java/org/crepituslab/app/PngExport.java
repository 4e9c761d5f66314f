package org.crepituslab.app;

import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.framework.Themes;
import javafx.geometry.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Exports what is on screen as a PNG for slides, at screen resolution or 2×. */
public final class PngExport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PngExport() {
    }

    /**
     * Writes the node as drawn, at exactly the window's pixel size ×scale (the node's own bounds can be
     * a fraction of a pixel off), atomically; returns the image size in pixels.
     */
    public static int[] export(Node node, Path file, double scale) throws IOException {
        double w = node.getScene() != null ? node.getScene().getWidth() : node.getLayoutBounds().getWidth();
        double h = node.getScene() != null ? node.getScene().getHeight() : node.getLayoutBounds().getHeight();
        int pw = (int) Math.round(w * scale);
        int ph = (int) Math.round(h * scale);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setViewport(new Rectangle2D(0, 0, pw, ph));
        // the window's background is the scene fill, not the root's, so the image needs it too
        params.setFill(Themes.palette().background());
        WritableImage img = node.snapshot(params, new WritableImage(pw, ph));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", png)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(file, png.toByteArray());
        return new int[] {(int) img.getWidth(), (int) img.getHeight()};
    }

    /** crepitus-lab-<screen>-<time>.png in the user's pictures folder (see UserDirs.picturesDir). */
    public static Path defaultFile(String screenId) throws IOException {
        return UserDirs.picturesDir().resolve("crepitus-lab-" + screenId + "-" + LocalDateTime.now().format(STAMP) + ".png");
    }
}
