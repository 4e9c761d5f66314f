package org.crepituslab.quiz.bank;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crepituslab.quiz.model.QuizConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Moodle XML's {@code <file encoding="base64">} images: decoded, checked to really be a picture
 * JavaFX shows (by its first bytes, not its name), and given a safe name of our own beside the
 * bank: "&lt;bank&gt;-&lt;question&gt;-&lt;n&gt;.png". Whatever the file was called cannot reach the disk.
 */
final class EmbeddedFiles {
    private final String prefix;
    private final boolean keep;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long total;

    EmbeddedFiles(String bankId, boolean keep) {
        this.prefix = bankId;
        this.keep = keep;
    }

    Map<String, byte[]> files() {
        return files;
    }

    /** The first picture among the {@code <file>} children of this element, saved under a safe name; or null. */
    String firstImage(Element parent, String questionId, int line, ImportBook book) {
        NodeList children = parent.getChildNodes();
        String saved = null;
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (!(n instanceof Element e) || !e.getTagName().equals("file")) {
                continue;
            }
            String original = e.getAttribute("name");
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(e.getTextContent().strip());
            } catch (IllegalArgumentException ex) {
                book.skip(line, "embedded file \"" + original + "\" is not valid base64; dropped");
                continue;
            }
            String ext = pictureType(bytes);
            if (ext == null) {
                book.skip(line, "embedded file \"" + original + "\" is not a PNG, JPEG, GIF or BMP picture; dropped");
                continue;
            }
            if (!keep) {
                book.skip(line, "picture \"" + original + "\" left out: import the file with the command line"
                        + " (quiz import-moodle-xml) to keep pictures");
                continue;
            }
            if (saved != null) {
                book.skip(line, "second picture \"" + original + "\" dropped: a question shows one image");
                continue;
            }
            total += bytes.length;
            if (total > QuizConstants.MAX_FILE_BYTES) {
                book.skip(line, "picture \"" + original + "\" dropped: the pictures together pass "
                        + QuizConstants.MAX_FILE_BYTES / 1048576 + " MB");
                continue;
            }
            saved = GiftText.slug(prefix + "-" + questionId) + "." + ext;
            files.put(saved, bytes);
        }
        return saved;
    }

    /** The picture type by its signature, or null. */
    static String pictureType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpg";
        }
        if (b.length > 6 && new String(b, 0, 4, StandardCharsets.US_ASCII).equals("GIF8")) {
            return "gif";
        }
        if (b.length > 2 && b[0] == 'B' && b[1] == 'M') {
            return "bmp";
        }
        return null;
    }
}
