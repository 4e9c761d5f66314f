package org.crepituslab.app;

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

    /** Writes the node as drawn (×scale) and returns the image size in pixels. */
    public static int[] export(Node node, Path file, double scale) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        // the window's background is the scene fill, not the root's, so the image needs it too
        params.setFill(org.crepituslab.framework.Themes.palette().background());
        WritableImage img = node.snapshot(params, null);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return new int[] {(int) img.getWidth(), (int) img.getHeight()};
    }

    /** ~/Pictures/crepitus-lab-<screen>-<time>.png (the home folder when there is no Pictures). */
    public static Path defaultFile(String screenId) {
        Path home = Path.of(System.getProperty("user.home"));
        Path pictures = home.resolve("Pictures");
        Path dir = Files.isDirectory(pictures) ? pictures : home;
        return dir.resolve("crepitus-lab-" + screenId + "-" + LocalDateTime.now().format(STAMP) + ".png");
    }
}
