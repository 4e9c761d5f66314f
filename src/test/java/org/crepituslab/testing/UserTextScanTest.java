package org.crepituslab.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing a learner sees may point at our working notes (the source texts, the science notes, a
 * paragraph mark, a file name) or show a code identifier: every bundle value and every user-visible
 * string of every bank is scanned.
 */
class UserTextScanTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path BANKS = Path.of("assets/banks");

    /** Internal references, in English and Spanish, case-insensitive. */
    private static final List<Pattern> INTERNAL = Stream.of(
                    "\\bseeds?\\s*(?:\\d|and\\s+\\d|¶)",
                    "\\bsemillas?\\s*(?:\\d|y\\s+\\d|¶)",
                    "\\bseed[- ](?:texts?|documents?|files?)\\b",
                    "\\bthe seeds\\b",
                    "\\b(?:textos?|documentos?)\\s+semilla",
                    "\\blas semillas\\b",
                    "SCIENCE\\.md",
                    "¶",
                    "HELPER-BRIEF",
                    "\\.md\\b",
                    "\\.java\\b")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();

    /** A code identifier: camelCase ("timeAcceleration") or snake_case with a unit ("gap_mm"). */
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]*\\b|\\b[a-zA-Z]+_[a-zA-Z_]+\\b");

    /** Units and words that look like camelCase but are ordinary text. */
    private static final Set<String> ALLOWED_MIXED_CASE = Set.of("mL", "kHz", "kPa", "mJ", "mN", "mW", "dB", "pH",
            "mmHg", "mHz");

    /** Bank fields a learner reads; ids, screen names, readouts and sound names are not shown as text. */
    private static final Set<String> BANK_TEXT_FIELDS = Set.of("title", "intro", "resultsTitle", "passed",
            "notPassed", "prompt", "explanation", "source", "task", "text", "left", "right", "unit");

    @Test
    void bundlesAndBanksNameNoInternalSourceAndNoCodeIdentifier() throws IOException {
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        for (Path p : files(RESOURCES, "messages", ".properties")) {
            for (Map.Entry<String, String> e : bundle(p).entrySet()) {
                scanned++;
                check(p, e.getKey(), e.getValue(), problems);
            }
        }
        for (Path p : files(BANKS, "", ".json")) {
            JsonNode bank = new ObjectMapper().readTree(p.toFile());
            List<String[]> texts = new ArrayList<>();
            collect(bank, "bank", null, texts);
            for (String[] t : texts) {
                scanned++;
                check(p, t[0], t[1], problems);
            }
        }
        assertTrue(scanned > 100, "expected to scan the bundles and the built-in bank, scanned " + scanned);
        assertTrue(problems.isEmpty(), problems.size() + " user-visible texts name internal sources or code:\n"
                + String.join("\n", problems));
    }

    @Test
    void theScanCatchesEachKindOfReference() {
        for (String bad : List.of("Seed 003 says so", "as the seed texts put it", "seeds 000 and 001",
                "Source: SCIENCE.md", "see ¶4", "the semilla 002", "see HELPER-BRIEF", "in QUESTION-BANKS.md",
                "Set timeAcceleration to 600", "watch gap_mm", "JointModel.java", "the seeds agree")) {
            List<String> problems = new ArrayList<>();
            check(Path.of("x"), "k", bad, problems);
            assertFalse(problems.isEmpty(), "not caught: " + bad);
        }
        List<String> fine = new ArrayList<>();
        for (String ok : List.of("Shuffle seed", "about 1.5 mL at 3.28 kHz and 101 kPa", "Kawchuk et al. 2015, PLoS ONE",
                "see Learn \u2192 Warning signs", "New random surface (seed {0})")) {
            check(Path.of("x"), "k", ok, fine);
        }
        assertTrue(fine.isEmpty(), String.join("\n", fine));
    }

    private static void check(Path file, String where, String text, List<String> problems) {
        for (Pattern p : INTERNAL) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                problems.add(file + ": " + where + ": \"" + m.group() + "\" in: " + text);
            }
        }
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            if (!ALLOWED_MIXED_CASE.contains(m.group())) {
                problems.add(file + ": " + where + ": code identifier \"" + m.group() + "\" in: " + text);
            }
        }
    }

    /** Every user-visible string of a bank, with where it is ("questions[cav-001].prompt"). */
    private static void collect(JsonNode node, String where, String field, List<String[]> out) {
        if (node.isTextual()) {
            if (field != null && BANK_TEXT_FIELDS.contains(field)) {
                out.add(new String[] {where, node.asText()});
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "[" + i + "]", field, out);
            }
        } else if (node.isObject()) {
            String base = node.has("id") && node.has("prompt") ? "question " + node.get("id").asText() : where;
            node.fields().forEachRemaining(e -> collect(e.getValue(), base + "." + e.getKey(), e.getKey(), out));
        }
    }

    private static Map<String, String> bundle(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Map<String, String> sorted = new TreeMap<>();
        props.forEach((k, v) -> sorted.put((String) k, (String) v));
        return sorted;
    }

    private static List<Path> files(Path root, String prefix, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
            }).sorted().toList();
        }
    }
}
