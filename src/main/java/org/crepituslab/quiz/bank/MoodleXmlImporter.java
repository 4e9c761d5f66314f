package org.crepituslab.quiz.bank;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crepituslab.quiz.model.Question;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Imports Moodle XML, what Moodle exports by default: categories become topics; multichoice,
 * truefalse, numerical, shortanswer, matching, cloze, description and essay questions become bank
 * questions ({@link MoodleXmlQuestions}); other types are reported with their line and skipped.
 * Size limit and strict UTF-8 first; the XML parser is hardened ({@link MoodleXmlParser}).
 */
public final class MoodleXmlImporter {
    private MoodleXmlImporter() {
    }

    public static XmlImport importFile(Path path) {
        return importFile(path, true);
    }

    /** {@code pictures} false: embedded pictures are reported and left out (nothing is to be written). */
    public static XmlImport importFile(Path path, boolean pictures) {
        try {
            byte[] bytes = BankFiles.read(path, p -> { });
            return importBytes(bytes, path.getFileName().toString(), pictures);
        } catch (BankFormatException e) {
            return new XmlImport(new GiftResult(null, List.of(), e.problem()), Map.of());
        }
    }

    public static XmlImport importBytes(byte[] bytes, String fileName, boolean pictures) {
        try {
            String text = BankFiles.decodeUtf8(bytes, fileName);
            Document doc = MoodleXmlParser.parse(bytes, fileName);
            Element root = doc.getDocumentElement();
            if (!root.getTagName().equals("quiz")) {
                return fatal(fileName, "expected Moodle XML (a <quiz> of <question>s), got <" + root.getTagName() + ">");
            }
            ImportBook book = new ImportBook();
            String bankId = GiftText.slug(fileName.replaceFirst("\\.[^.]*$", ""));
            EmbeddedFiles files = new EmbeddedFiles(bankId.isEmpty() ? "import" : bankId, pictures);
            MoodleXmlQuestions reader = new MoodleXmlQuestions(book, files);
            List<Integer> lines = questionLines(text);
            NodeList qs = root.getChildNodes();
            int index = 0;
            for (int i = 0; i < qs.getLength(); i++) {
                Node n = qs.item(i);
                if (n instanceof Element e && e.getTagName().equals("question")) {
                    int line = index < lines.size() ? lines.get(index) : 0;
                    index++;
                    Question q = reader.question(e, line);
                    if (q != null) {
                        book.add(q);
                    }
                    if (book.full()) {
                        return new XmlImport(book.tooMany(fileName), Map.of());
                    }
                }
            }
            return new XmlImport(book.result(fileName, "Moodle XML"), files.files());
        } catch (BankFormatException e) {
            return new XmlImport(new GiftResult(null, List.of(), e.problem()), Map.of());
        }
    }

    private static XmlImport fatal(String file, String why) {
        return new XmlImport(new GiftResult(null, List.of(), new BankProblem(file, 0, 0, "", why)), Map.of());
    }

    /** The line of each {@code <question} start tag, in order (the DOM keeps no lines). */
    static List<Integer> questionLines(String text) {
        List<Integer> out = new ArrayList<>();
        int line = 1;
        boolean inComment = false;
        boolean inCdata = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (inComment) {
                inComment = !text.startsWith("-->", i);
            } else if (inCdata) {
                inCdata = !text.startsWith("]]>", i);
            } else if (text.startsWith("<!--", i)) {
                inComment = true;
            } else if (text.startsWith("<![CDATA[", i)) {
                inCdata = true;
            } else if (text.startsWith("<question", i) && i + 9 < text.length()
                    && (Character.isWhitespace(text.charAt(i + 9)) || text.charAt(i + 9) == '>')) {
                out.add(line);
            }
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
