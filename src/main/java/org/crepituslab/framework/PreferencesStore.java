package org.crepituslab.framework;

import org.crepituslab.framework.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads and saves {@link Preferences} as JSON. A file that cannot be read is moved aside (never
 * overwritten), defaults are used, and the reason is kept for the UI to show.
 */
public final class PreferencesStore {
    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private String problem;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public static PreferencesStore standard() {
        return new PreferencesStore(UserDirs.configDir().resolve("preferences.json"));
    }

    public Path file() {
        return file;
    }

    /** What went wrong at the last load, for a one-line notice; null when all was well. */
    public String problem() {
        return problem;
    }

    public Preferences load() {
        Preferences prefs = new Preferences();
        problem = null;
        try {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new PreferencesFormatException("the file is not a JSON object");
            }
            apply(root, prefs);
        } catch (NoSuchFileException absent) {
            return prefs;
        } catch (IOException | PreferencesFormatException e) {
            prefs = new Preferences();
            String why = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            try {
                Path aside = AtomicFiles.moveAside(file);
                problem = Strings.format("prefs.corrupt", file, why, aside.getFileName());
            } catch (IOException moveFailed) {
                problem = Strings.format("prefs.corrupt.unmoved", file, why);
            }
            LOG.warning(problem);
        }
        return prefs;
    }

    private static void apply(JsonNode root, Preferences prefs) throws PreferencesFormatException {
        JsonNode theme = root.get("theme");
        if (theme != null) {
            Theme t = Theme.fromId(theme.asText());
            if (t == null) {
                throw new PreferencesFormatException("field \"theme\": expected \"default\" or \"projector\", found " + theme);
            }
            prefs.themeProperty().set(t);
        }
        JsonNode scale = root.get("fontScale");
        if (scale != null) {
            if (!scale.isNumber()) {
                throw new PreferencesFormatException("field \"fontScale\": expected a number, found " + scale);
            }
            prefs.setFontScale(scale.asDouble());
        }
        prefs.soundOnProperty().set(bool(root, "soundOn", true));
        prefs.reducedMotionProperty().set(bool(root, "reducedMotion", false));
        JsonNode lang = root.get("language");
        if (lang != null) {
            prefs.languageProperty().set(lang.asText(""));
        }
    }

    private static boolean bool(JsonNode root, String field, boolean fallback) throws PreferencesFormatException {
        JsonNode n = root.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw new PreferencesFormatException("field \"" + field + "\": expected true or false, found " + n);
        }
        return n.asBoolean();
    }

    public void save(Preferences prefs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("theme", prefs.themeProperty().get().id());
        root.put("fontScale", prefs.fontScaleProperty().get());
        root.put("soundOn", prefs.soundOnProperty().get());
        root.put("reducedMotion", prefs.reducedMotionProperty().get());
        root.put("language", prefs.languageProperty().get());
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save preferences to " + file, e);
        }
    }

    /** Saves whenever any preference changes. */
    public void autoSave(Preferences prefs) {
        prefs.themeProperty().addListener((o, a, b) -> save(prefs));
        prefs.fontScaleProperty().addListener((o, a, b) -> save(prefs));
        prefs.soundOnProperty().addListener((o, a, b) -> save(prefs));
        prefs.reducedMotionProperty().addListener((o, a, b) -> save(prefs));
        prefs.languageProperty().addListener((o, a, b) -> save(prefs));
    }

    static final class PreferencesFormatException extends Exception {
        PreferencesFormatException(String message) {
            super(message);
        }
    }
}
