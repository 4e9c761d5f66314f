package org.crepituslab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Strings;
import org.junit.jupiter.api.Test;

/** Every bundle has a complete Spanish twin; views hold no user-visible literal text. */
class I18nTest {
    /** Calls that put text on screen; a literal starting with a letter there is hard-coded UI text. */
    private static final Pattern LITERAL_UI_TEXT = Pattern.compile(
            "(new (Label|Text|JFXButton|Button|JFXCheckBox|CheckBox|JFXRadioButton|Tooltip|Hyperlink)"
                    + "|\\.set(Text|AccessibleText|AccessibleHelp|PromptText|Title|HeaderText|ContentText))"
                    + "\\(\"[A-Za-z]");

    @Test
    void everyBundleHasTheSameKeysInSpanish() throws IOException {
        int checked = 0;
        Screens.ensureInstalled();
        for (String base : Strings.bundleNames()) {
            String path = "/" + base.replace('.', '/');
            Properties root = load(path + ".properties");
            if (root == null) {
                continue;
            }
            Properties es = load(path + "_es.properties");
            assertTrue(es != null, base + " has no Spanish bundle");
            Set<String> missing = new TreeSet<>(root.stringPropertyNames());
            missing.removeAll(es.stringPropertyNames());
            Set<String> extra = new TreeSet<>(es.stringPropertyNames());
            extra.removeAll(root.stringPropertyNames());
            assertEquals(Set.of(), missing, base + ": keys missing in Spanish");
            assertEquals(Set.of(), extra, base + ": Spanish keys not in the root bundle");
            for (String k : root.stringPropertyNames()) {
                assertFalse(es.getProperty(k).isBlank(), base + ": empty Spanish text for " + k);
            }
            checked++;
        }
        assertTrue(checked >= 2, "bundles checked: " + checked);
    }

    @Test
    void noUserVisibleLiteralsInViews() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/crepituslab"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String unix = p.toString().replace('\\', '/');
                if (!(unix.contains("/view/") || unix.contains("/app/") && !unix.contains("/cli/")
                        || unix.contains("/framework/"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL_UI_TEXT.matcher(lines.get(i));
                    if (m.find()) {
                        offenders.add(unix + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "user-visible text must come from messages.properties");
    }

    @Test
    void pseudoLocaleLengthensButKeepsPlaceholders() {
        java.util.Locale before = Strings.locale();
        try {
            Strings.setLocale(Strings.PSEUDO);
            String s = Strings.format("nav.open", "X");
            assertTrue(s.contains("X"), s);
            assertTrue(s.length() > "Open X".length() * 1.3, s);
        } finally {
            Strings.setLocale(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }
}
