package org.crepituslab.framework;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File dialogs that also work where the platform has none (headless glass, some kiosks): saving
 * then goes to the user's exports folder and the caller is told where; opening says to drag the
 * file onto the window instead. Views never call FileChooser directly.
 */
public final class FileDialogs {
    private FileDialogs() {
    }

    /** $XDG_DATA_HOME/crepitus-lab/exports: where files go when no dialog can ask. */
    public static Path exportsDir() {
        return UserDirs.dataDir().resolve("exports");
    }

    /**
     * Asks where to save; null if the user cancelled. Without a native dialog the file goes to
     * {@link #exportsDir()} under the suggested name, and {@code notice} hears where.
     */
    public static Path chooseSave(Node owner, String title, String typeName, String pattern, String suggestedName,
                                  Consumer<String> notice) {
        FileChooser chooser = chooser(title, typeName, pattern);
        chooser.setInitialFileName(suggestedName);
        try {
            File f = chooser.showSaveDialog(window(owner));
            return f == null ? null : f.toPath();
        } catch (UnsupportedOperationException noDialog) {
            try {
                Files.createDirectories(exportsDir());
            } catch (IOException e) {
                notice.accept(Strings.format("files.noDialog.failed", exportsDir(), e.getMessage()));
                return null;
            }
            Path file = exportsDir().resolve(suggestedName);
            notice.accept(Strings.format("files.noDialog.save", file));
            return file;
        }
    }

    /** Asks for a file to open; null if cancelled or if there is no dialog (then notice says to drag it in). */
    public static Path chooseOpen(Node owner, String title, String typeName, Consumer<String> notice,
                                  String... patterns) {
        FileChooser chooser = chooser(title, typeName, patterns);
        try {
            File f = chooser.showOpenDialog(window(owner));
            return f == null ? null : f.toPath();
        } catch (UnsupportedOperationException noDialog) {
            notice.accept(Strings.get("files.noDialog.open"));
            return null;
        }
    }

    private static FileChooser chooser(String title, String typeName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(typeName, patterns));
        return chooser;
    }

    private static Window window(Node owner) {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
