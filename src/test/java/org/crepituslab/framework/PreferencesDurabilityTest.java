package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crepituslab.framework.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad field keeps the other settings; an unreadable file falls back to its .bak; crash leftovers are cleaned. */
class PreferencesDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void oneBadFieldKeepsTheOtherSettings() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\": \"neon\", \"fontScale\": 1.5, \"soundOn\": false, \"language\": \"es\"}");
        PreferencesStore store = new PreferencesStore(file);
        Preferences p = store.load();
        assertEquals(Theme.DEFAULT, p.themeProperty().get());
        assertEquals(1.5, p.fontScaleProperty().get());
        assertFalse(p.soundOnProperty().get());
        assertEquals("es", p.languageProperty().get());
        assertTrue(store.problem().contains("theme"), store.problem());
        assertTrue(Files.exists(file), "a file with one bad field is not moved aside");
    }

    @Test
    void anUnreadableFileFallsBackToItsBackup() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(AtomicFiles.backupOf(file), "{\"theme\": \"projector\", \"fontScale\": 1.25}");
        Files.writeString(file, "{\"theme\": \"proj");
        PreferencesStore store = new PreferencesStore(file);
        Preferences p = store.load();
        assertEquals(Theme.PROJECTOR, p.themeProperty().get());
        assertEquals(1.25, p.fontScaleProperty().get());
        assertTrue(store.problem().contains(Strings.get("prefs.restored")), store.problem());
    }

    @Test
    void tempFilesLeftByACrashAreCleanedAtStart() throws IOException {
        Path file = dir.resolve("preferences.json");
        Path leftover = dir.resolve("preferences.json8812345.tmp");
        Path unrelated = dir.resolve("notes.tmp");
        Files.writeString(leftover, "{\"theme\"");
        Files.writeString(unrelated, "mine");
        new PreferencesStore(file).load();
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(unrelated), "only our own temp files are removed");
    }
}
