package org.crepituslab.classroom;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.QuestionWords;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/** A small session with one question of each kind a class answers, for the class-mode tests. */
public final class ClassFixtures {
    public static final String CODE = "ABC234";

    private ClassFixtures() {
    }

    static QuestionInfo info(String id) {
        return new QuestionInfo(id, List.of("t"), 1, "Prompt of " + id, "Because " + id + ".", null, null, null);
    }

    public static List<Question> questions() {
        return List.of(
                new SingleChoiceQuestion(info("q-single"), List.of(new Choice("a", "Alpha"), new Choice("b", "Beta")), "b"),
                new MultipleChoiceQuestion(info("q-multiple"),
                        List.of(new Choice("a", "A"), new Choice("b", "B"), new Choice("c", "C")), Set.of("a", "c"), Map.of()),
                new TrueFalseQuestion(info("q-truefalse"), true),
                new NumericQuestion(info("q-numeric"), 42, 1, "mm"),
                new OrderingQuestion(info("q-ordering"),
                        List.of(new Choice("x", "First"), new Choice("y", "Second"), new Choice("z", "Third"))));
    }

    public static List<ClassQuestion> classQuestions() {
        return questions().stream().map(q -> ClassQuestion.of(q, 7, false, new QuestionWords("True", "False", "Which is right?"))).toList();
    }

    public static ClassSession session() {
        return new ClassSession(CODE, classQuestions(), System::currentTimeMillis);
    }
}
