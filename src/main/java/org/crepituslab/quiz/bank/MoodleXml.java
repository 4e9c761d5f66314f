package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading Moodle XML elements: children by tag, {@code <text>} in its declared format as safe plain text, fractions. */
final class MoodleXml {
    private MoodleXml() {
    }

    static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            Node n = list.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element's {@code <text>} in the element's own {@code format} attribute. */
    static String formatted(Element e, int line, ImportBook book) {
        if (e == null) {
            return "";
        }
        String f = e.getAttribute("format");
        String format = switch (f) {
            case "html" -> "html";
            case "plain_text" -> "plain";
            case "markdown" -> "markdown";
            default -> "moodle";
        };
        return text(e, format, line, book);
    }

    /** The element's {@code <text>} child as plain text in the given format; "" when missing. */
    static String text(Element e, String format, int line, ImportBook book) {
        Element t = child(e, "text");
        if (t == null) {
            return "";
        }
        // embedded pictures are carried as files (EmbeddedFiles); only other media is reported here
        return GiftMarkup.render(t.getTextContent(), format, line, (l, m) -> {
            if (!m.startsWith("image")) {
                book.skip(l, m);
            }
        });
    }

    /** An answer's fraction attribute (percent); 0 when missing or not a number. */
    static double fraction(Element answer) {
        Double d = GiftNumerical.parseNumber(answer.getAttribute("fraction"));
        return d == null ? 0 : d;
    }
}
