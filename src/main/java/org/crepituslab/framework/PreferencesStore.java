package org.crepituslab.framework;

import org.crepituslab.framework.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crepituslab.framework.PreferencesJson.Value;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads and saves {@link Preferences} as JSON. A file that cannot be read is moved aside (never
 * overwritten), defaults are used, and the reason is kept for the UI to show.
 */
public final class PreferencesStore {
    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());

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
        // temp files a crash left beside the file are never read: clear them first
        AtomicFiles.cleanTemps(file);
        try {
            Map<String, Value> root = read(file);
            List<String> bad = apply(root, prefs);
            if (!bad.isEmpty()) {
                // one bad field costs that field only: the other settings are kept
                problem = Strings.format("prefs.badFields", file, String.join("; ", bad));
                LOG.warning(problem);
            }
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
            if (restoreBackup(prefs)) {
                problem = problem + " " + Strings.get("prefs.restored");
            }
            LOG.warning(problem);
        }
        return prefs;
    }

    private static Map<String, Value> read(Path f) throws IOException, PreferencesFormatException {
        return PreferencesJson.read(Files.readAllBytes(f));
    }

    /** The last good copy, when the file itself cannot be read at all. */
    private boolean restoreBackup(Preferences prefs) {
        try {
            Preferences restored = new Preferences();
            if (!apply(read(AtomicFiles.backupOf(file)), restored).isEmpty()) {
                return false;
            }
            prefs.themeProperty().set(restored.themeProperty().get());
            prefs.setFontScale(restored.fontScaleProperty().get());
            prefs.soundOnProperty().set(restored.soundOnProperty().get());
            prefs.reducedMotionProperty().set(restored.reducedMotionProperty().get());
            prefs.languageProperty().set(restored.languageProperty().get());
            return true;
        } catch (IOException | PreferencesFormatException e) {
            return false;
        }
    }

    /** Applies every readable field; returns what was wrong with the others (they keep their defaults). */
    private static List<String> apply(Map<String, Value> root, Preferences prefs) {
        List<String> bad = new ArrayList<>();
        for (String field : List.of("theme", "fontScale", "soundOn", "reducedMotion", "language")) {
            try {
                applyField(root, prefs, field);
            } catch (PreferencesFormatException e) {
                bad.add(e.getMessage());
            }
        }
        return bad;
    }

    private static void applyField(Map<String, Value> root, Preferences prefs, String field) throws PreferencesFormatException {
        switch (field) {
            case "theme" -> theme(root, prefs);
            case "fontScale" -> fontScale(root, prefs);
            case "soundOn" -> prefs.soundOnProperty().set(bool(root, "soundOn", true));
            case "reducedMotion" -> prefs.reducedMotionProperty().set(bool(root, "reducedMotion", false));
            default -> {
                Value lang = root.get("language");
                if (lang != null) {
                    prefs.languageProperty().set(lang.text() == null || lang.kind() == JsonToken.VALUE_NULL ? "" : lang.text());
                }
            }
        }
    }

    private static void theme(Map<String, Value> root, Preferences prefs) throws PreferencesFormatException {
        Value theme = root.get("theme");
        if (theme != null) {
            Theme t = theme.isString() ? Theme.fromId(theme.text()) : null;
            if (t == null) {
                throw new PreferencesFormatException("field \"theme\": expected \"default\" or \"projector\", found " + theme);
            }
            prefs.themeProperty().set(t);
        }
    }

    private static void fontScale(Map<String, Value> root, Preferences prefs) throws PreferencesFormatException {
        Value scale = root.get("fontScale");
        if (scale != null) {
            if (!scale.isNumber()) {
                throw new PreferencesFormatException("field \"fontScale\": expected a number, found " + scale);
            }
            prefs.setFontScale(Double.parseDouble(scale.text()));
        }
    }

    private static boolean bool(Map<String, Value> root, String field, boolean fallback) throws PreferencesFormatException {
        Value n = root.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw new PreferencesFormatException("field \"" + field + "\": expected true or false, found " + n);
        }
        return n.kind() == JsonToken.VALUE_TRUE;
    }

    public void save(Preferences prefs) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("theme", prefs.themeProperty().get().id());
        root.put("fontScale", prefs.fontScaleProperty().get());
        root.put("soundOn", prefs.soundOnProperty().get());
        root.put("reducedMotion", prefs.reducedMotionProperty().get());
        root.put("language", prefs.languageProperty().get());
        try {
            AtomicFiles.write(file, PreferencesJson.write(root));
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
