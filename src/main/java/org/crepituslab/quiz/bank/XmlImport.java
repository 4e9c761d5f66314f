package org.crepituslab.quiz.bank;

import java.util.Map;

/** A Moodle XML import: the result as for GIFT, and the embedded images to write beside the bank (safe name → bytes). */
public record XmlImport(GiftResult result, Map<String, byte[]> images) {
    public XmlImport {
        images = Map.copyOf(images);
    }
}
