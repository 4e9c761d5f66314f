package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Behaviour;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.Topic;

/**
 * What an import (GIFT or Moodle XML) collects: topics from categories, questions with unique ids
 * from their titles, and every skip or change with its line. It ends as a bank or a fatal problem.
 */
final class ImportBook {
    private static final Pattern CATEGORY_PREFIX = Pattern.compile("^(\\$[a-z0-9]+\\$/)?(top/)?");
    private static final String DEFAULT_TOPIC = "general";
    private static final int DEFAULT_DIFFICULTY = 2;

    private final List<GiftIssue> issues = new ArrayList<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final List<Question> questions = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String topic;

    void skip(int line, String message) {
        issues.add(new GiftIssue(line, message));
    }

    void add(Question q) {
        questions.add(q);
    }

    int size() {
        return questions.size();
    }

    /** A Moodle category path ("$course$/top/Back/Cavitation") becomes the current topic. */
    void category(String path, int line) {
        String name = CATEGORY_PREFIX.matcher(path.strip()).replaceFirst("").strip();
        String id = GiftText.slug(name);
        if (id.isEmpty()) {
            skip(line, "category \"" + path + "\" has no usable name; questions stay in the previous topic");
            return;
        }
        topics.putIfAbsent(id, new Topic(id, name));
        topic = id;
    }

    /** What every imported question has: a fresh id from the title, the current topic, default difficulty. */
    QuestionInfo info(String title, String prompt, int line, String explanation) {
        return info(title, prompt, line, explanation, null);
    }

    QuestionInfo info(String title, String prompt, int line, String explanation, String image) {
        return new QuestionInfo(newId(title, line), List.of(currentTopic()), DEFAULT_DIFFICULTY, prompt,
                explanation, null, image, null);
    }

    /** The id the next question will get from this title (for naming its files before it is built). */
    String peekId(String title) {
        String base = base(title);
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private String base(String title) {
        String base = title == null ? "" : GiftText.slug(title);
        return base.isEmpty() ? "question-" + (questions.size() + 1) : base;
    }

    private String newId(String title, int line) {
        String base = base(title);
        String id = peekId(title);
        if (title != null && !id.equals(base)) {
            skip(line, "title \"" + title + "\" is used twice; this question's id is \"" + id + "\"");
        }
        ids.add(id);
        return id;
    }

    private String currentTopic() {
        if (topic == null) {
            topics.putIfAbsent(DEFAULT_TOPIC, new Topic(DEFAULT_TOPIC, Strings.get("quiz.gift.defaultTopic")));
            return DEFAULT_TOPIC;
        }
        return topic;
    }

    /** More questions than a bank may hold: the import stops here rather than fill the memory. */
    boolean full() {
        return questions.size() > QuizConstants.MAX_QUESTIONS;
    }

    GiftResult tooMany(String fileName) {
        return new GiftResult(null, List.of(), new BankProblem(fileName, 0, 0, "", "refused: more than "
                + QuizConstants.MAX_QUESTIONS + " questions; a bank holds at most " + QuizConstants.MAX_QUESTIONS
                + ". Split the file into smaller ones (for example one per category)."));
    }

    /** The bank named after the file ("cavitation.gift" → id "cavitation"), or a fatal problem. */
    GiftResult result(String fileName, String kind) {
        String base = fileName.replaceFirst("\\.[^.]*$", "");
        if (questions.isEmpty()) {
            String why = issues.isEmpty() ? "no " + kind + " questions found" : "no question could be imported ("
                    + issues.size() + " skipped)";
            return new GiftResult(null, issues, new BankProblem(fileName, 0, 0, "", why));
        }
        String id = GiftText.slug(base).isEmpty() ? "import" : GiftText.slug(base);
        Bank bank = new Bank(QuizConstants.SCHEMA_VERSION, id, base.isBlank() ? id : base, "en", Behaviour.DEFAULT,
                Map.of(), List.copyOf(topics.values()), questions);
        return new GiftResult(bank, issues, null);
    }
}
