package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.List;

/** A run of non-blank, non-comment lines: one GIFT item. */
record GiftBlock(List<Integer> lineNumbers, List<String> lines) {
    static List<GiftBlock> split(String text) {
        List<GiftBlock> out = new ArrayList<>();
        String[] all = text.split("\\r?\\n|\\r", -1);
        List<Integer> nums = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!lines.isEmpty()) {
                    out.add(new GiftBlock(List.copyOf(nums), List.copyOf(lines)));
                    nums.clear();
                    lines.clear();
                }
                continue;
            }
            nums.add(i + 1);
            lines.add(GiftText.protect(line));
        }
        if (!lines.isEmpty()) {
            out.add(new GiftBlock(nums, lines));
        }
        return out;
    }

    String text() {
        return String.join("\n", lines);
    }

    /** The file line of a character offset in {@link #text()}. */
    int lineAt(int offset) {
        String t = text();
        int line = 0;
        for (int i = 0; i < Math.min(offset, t.length()); i++) {
            if (t.charAt(i) == '\n') {
                line++;
            }
        }
        return lineNumbers.get(Math.min(line, lineNumbers.size() - 1));
    }

    int firstLine() {
        return lineNumbers.get(0);
    }
}
