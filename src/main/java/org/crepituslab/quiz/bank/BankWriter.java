package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.ClozeGap;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.GoalCondition;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.quiz.model.Topic;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/** Writes a bank as schemaVersion 1 or 2 JSON (as the bank says), fields in the documented order, two-space indented. */
public final class BankWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BankWriter() {
    }

    public static String toJson(Bank bank) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", bank.schemaVersion());
        root.put("id", bank.id());
        root.put("title", bank.title());
        root.put("language", bank.language());
        ObjectNode b = root.putObject("behaviour");
        b.put("shuffleQuestions", bank.behaviour().shuffleQuestions());
        b.put("shuffleChoices", bank.behaviour().shuffleChoices());
        b.put("feedback", bank.behaviour().feedback().id());
        number(b, "passMark", bank.behaviour().passMark());
        if (!bank.uiText().isEmpty()) {
            ObjectNode ui = root.putObject("uiText");
            bank.uiText().forEach(ui::put);
        }
        ArrayNode topics = root.putArray("topics");
        for (Topic t : bank.topics()) {
            topics.addObject().put("id", t.id()).put("title", t.title());
        }
        ArrayNode questions = root.putArray("questions");
        for (Question q : bank.questions()) {
            question(questions.addObject(), q);
        }
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indent).withArrayIndenter(indent);
        try {
            return MAPPER.writer(pretty).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void question(ObjectNode o, Question q) {
        QuestionInfo i = q.info();
        o.put("id", i.id());
        o.put("type", q.type().id());
        ArrayNode topics = o.putArray("topics");
        i.topics().forEach(topics::add);
        o.put("difficulty", i.difficulty());
        o.put("prompt", i.prompt());
        if (q instanceof SingleChoiceQuestion s) {
            choices(o, "choices", s);
            o.put("answer", s.answer());
            shares(o, "partial", s.choices(), s.partial());
        } else if (q instanceof MultipleChoiceQuestion m) {
            choices(o, "choices", m);
            ArrayNode a = o.putArray("answer");
            m.choices().stream().map(Choice::id).filter(m.answers()::contains).forEach(a::add);
            shares(o, "weights", m.choices(), m.weights());
        } else if (q instanceof TrueFalseQuestion t) {
            o.put("answer", t.answer());
        } else if (q instanceof NumericQuestion n) {
            number(o, "answer", n.answer());
            number(o, "tolerance", n.tolerance());
            if (n.unit() != null) {
                o.put("unit", n.unit());
            }
        } else if (q instanceof OrderingQuestion ord) {
            choices(o, "items", ord);
        } else if (q instanceof MatchingQuestion m) {
            ArrayNode pairs = o.putArray("pairs");
            for (MatchPair p : m.pairs()) {
                pairs.addObject().put("left", p.left()).put("right", p.right());
            }
        } else if (q instanceof SoundQuestion s) {
            if (s.sound() != null) {
                o.put("sound", s.sound());
            }
            choices(o, "choices", s);
            o.put("answer", s.answer());
        } else if (q instanceof ShortAnswerQuestion s) {
            accepted(o, s.answers());
            if (s.caseSensitive()) {
                o.put("caseSensitive", true);
            }
        } else if (q instanceof ClozeQuestion c) {
            o.put("text", c.text());
            ArrayNode gaps = o.putArray("gaps");
            for (ClozeGap g : c.gaps()) {
                ObjectNode gn = gaps.addObject();
                if (!g.typed()) {
                    ArrayNode opts = gn.putArray("options");
                    g.options().forEach(opts::add);
                }
                accepted(gn, g.answers());
            }
        } else if (q instanceof EssayQuestion e) {
            o.put("modelAnswer", e.modelAnswer());
        } else if (q instanceof SimulationQuestion s) {
            o.put("screen", s.screen());
            o.put("task", s.task());
            ArrayNode all = o.putObject("goal").putArray("all");
            for (GoalCondition c : s.goal().all()) {
                ObjectNode cn = all.addObject().put("readout", c.readout()).put("op", c.op().symbol());
                number(cn, "value", c.value());
            }
            if (!s.parameters().isEmpty()) {
                parameters(o.putObject("parameters"), s.parameters());
            }
            if (s.hasFollowUp()) {
                choices(o, "choices", s);
                o.put("answer", s.followUpAnswer());
            }
        }
        if (!(q instanceof DescriptionQuestion) || !i.explanation().isEmpty()) {
            o.put("explanation", i.explanation());
        }
        if (i.source() != null) {
            o.put("source", i.source());
        }
        if (i.image() != null) {
            o.put("image", i.image());
        }
        if (i.showMe() != null) {
            ObjectNode sm = o.putObject("showMe").put("screen", i.showMe().screen());
            if (!i.showMe().parameters().isEmpty()) {
                parameters(sm.putObject("parameters"), i.showMe().parameters());
            }
        }
    }

    private static void choices(ObjectNode o, String field, Question q) {
        List<Choice> list = q instanceof OrderingQuestion ord ? ord.items() : q.pickableChoices();
        ArrayNode arr = o.putArray(field);
        for (Choice c : list) {
            ObjectNode choice = arr.addObject().put("id", c.id()).put("text", c.text());
            if (c.sound() != null) {
                choice.put("sound", c.sound());
            }
        }
    }

    /** Per-choice shares in choice order, when there are any. */
    private static void shares(ObjectNode o, String field, List<Choice> choices, Map<String, Double> shares) {
        if (shares.isEmpty()) {
            return;
        }
        ObjectNode m = o.putObject(field);
        choices.stream().map(Choice::id).filter(shares::containsKey).forEach(id -> number(m, id, shares.get(id)));
    }

    private static void accepted(ObjectNode o, List<AcceptedAnswer> answers) {
        ArrayNode arr = o.putArray("answers");
        for (AcceptedAnswer a : answers) {
            ObjectNode an = arr.addObject().put("text", a.text());
            if (a.fraction() != 1) {
                number(an, "fraction", a.fraction());
            }
            if (!a.feedback().isEmpty()) {
                an.put("feedback", a.feedback());
            }
        }
    }

    private static void parameters(ObjectNode o, Map<String, Double> params) {
        params.forEach((k, v) -> number(o, k, v));
    }

    /** Whole numbers without ".0", so the file reads as a person would write it. */
    private static void number(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }
}
