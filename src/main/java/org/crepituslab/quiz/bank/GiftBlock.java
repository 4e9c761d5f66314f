package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A run of non-blank, non-comment lines: one GIFT item. Its joined text and where each line starts
 * are computed once, so finding the line of an offset costs a binary search even in a huge block.
 */
final class GiftBlock {
    private final List<Integer> lineNumbers;
    private final List<String> lines;
    private final String text;
    private final int[] starts;

    GiftBlock(List<Integer> lineNumbers, List<String> lines) {
        this.lineNumbers = List.copyOf(lineNumbers);
        this.lines = List.copyOf(lines);
        this.text = String.join("\n", lines);
        this.starts = new int[lines.size()];
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = at;
            at += lines.get(i).length() + 1;
        }
    }

    static List<GiftBlock> split(String text) {
        List<GiftBlock> out = new ArrayList<>();
        each(text, out::add);
        return out;
    }

    /** Hands each block to {@code sink} as it is found, until the sink says stop (false). */
    static void each(String text, Predicate<GiftBlock> sink) {
        List<Integer> nums = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int lineNo = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(i, end);
            lineNo++;
            i = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!lines.isEmpty()) {
                    if (!sink.test(new GiftBlock(nums, lines))) {
                        return;
                    }
                    nums.clear();
                    lines.clear();
                }
                continue;
            }
            nums.add(lineNo);
            lines.add(GiftText.protect(line));
        }
        if (!lines.isEmpty()) {
            sink.test(new GiftBlock(nums, lines));
        }
    }

    List<String> lines() {
        return lines;
    }

    String text() {
        return text;
    }

    /** The file line of a character offset in {@link #text()}. */
    int lineAt(int offset) {
        int k = Arrays.binarySearch(starts, Math.max(0, offset));
        int index = k >= 0 ? k : -k - 2;
        return lineNumbers.get(Math.max(0, Math.min(index, lineNumbers.size() - 1)));
    }

    int firstLine() {
        return lineNumbers.get(0);
    }
}
