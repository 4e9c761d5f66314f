package org.crepituslab.quiz.bank;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a question's image path: relative, no "..", a picture format JavaFX reads, inside the
 * bank's folder (also after following links) and present. Returns null when fine, else what is wrong.
 */
public interface ImageCheck {
    Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    String check(String image);

    /** The URL the image loads from, or null (used by the view once the bank is valid). */
    URL resolve(String image);

    /** The checks that do not depend on where the bank lives. */
    static String checkSyntax(String image) {
        String p = image.replace('\\', '/');
        if (p.isBlank()) {
            return "expected a relative path to an image file, got an empty string";
        }
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return "must be a path relative to the bank's folder, not an absolute path or URL: \"" + image + "\"";
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                return "must stay inside the bank's folder (no \"../\"): \"" + image + "\"";
            }
        }
        int dot = p.lastIndexOf('.');
        String ext = dot < 0 ? "" : p.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext)) {
            return "expected a .png, .jpg, .jpeg, .gif or .bmp image, got \"" + image + "\"";
        }
        return null;
    }

    /** Images beside a bank file on disk. */
    static ImageCheck folder(Path bankFolder) {
        return new ImageCheck() {
            @Override
            public String check(String image) {
                String syntax = checkSyntax(image);
                if (syntax != null) {
                    return syntax;
                }
                Path base = bankFolder.toAbsolutePath().normalize();
                Path file = base.resolve(image.replace('\\', '/')).normalize();
                if (!file.startsWith(base)) {
                    return "must stay inside the bank's folder: \"" + image + "\"";
                }
                if (!Files.isRegularFile(file)) {
                    return "image file not found: " + file;
                }
                try {
                    if (!file.toRealPath().startsWith(base.toRealPath())) {
                        return "is a link that leads outside the bank's folder: \"" + image + "\"";
                    }
                } catch (IOException e) {
                    return "image cannot be read: " + e.getMessage();
                }
                return null;
            }

            @Override
            public URL resolve(String image) {
                try {
                    return bankFolder.toAbsolutePath().resolve(image.replace('\\', '/')).normalize().toUri().toURL();
                } catch (MalformedURLException e) {
                    return null;
                }
            }
        };
    }

    /** Images shipped in the jar beside a built-in bank (a class-path folder such as /assets/banks/). */
    static ImageCheck resources(String folder) {
        return new ImageCheck() {
            @Override
            public String check(String image) {
                String syntax = checkSyntax(image);
                if (syntax != null) {
                    return syntax;
                }
                return resolve(image) == null ? "image not found in the app: " + folder + image : null;
            }

            @Override
            public URL resolve(String image) {
                return ImageCheck.class.getResource(folder + image.replace('\\', '/'));
            }
        };
    }
}
