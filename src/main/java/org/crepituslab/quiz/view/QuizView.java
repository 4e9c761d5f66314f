package org.crepituslab.quiz.view;

import javafx.geometry.Pos;
import org.crepituslab.framework.ControlPanel;
import javafx.scene.layout.HBox;
import com.jfoenix.controls.JFXButton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.crepituslab.framework.FileDialogs;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.BankProblem;
import org.crepituslab.quiz.bank.GiftImporter;
import org.crepituslab.quiz.bank.GiftIssue;
import org.crepituslab.quiz.bank.GiftResult;
import org.crepituslab.quiz.bank.MoodleXmlImporter;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.BankSource;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.quiz.model.QuizSession;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.quiz.progress.Profiles;
import org.crepituslab.quiz.progress.ProgressStore;
import org.crepituslab.quiz.progress.ResultsCsv;

/**
 * The quiz screen: the setup page, a question page or the results in the middle, the bank and
 * profile panel on the right. Number keys choose answers, Enter checks, → goes on. Banks load on a
 * background thread with a progress bar; a rejected bank leaves the current one loaded.
 */
public final class QuizView extends ScreenView {
    static final String CSS = Objects.requireNonNull(
            QuizView.class.getResource("/org/crepituslab/quiz/quiz.css")).toExternalForm();

    private final QuizModel model;
    private final StackPane page = new StackPane();
    private final BankPanel bankPanel;
    private QuestionPage questionPage;
    private Node current;
    private Runnable sessionSubscription = () -> { };
    private boolean building;
    private boolean loading;
    private String notice;

    public QuizView(QuizModel model) {
        super(model);
        this.model = model;
        getStylesheets().add(CSS);
        setId("quiz-view");
        page.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("quiz-scroll");
        bankPanel = new BankPanel(this, model);
        layoutStandard(scroll, bankPanel.node());
        notice = model.progressProblem();
        keep(model.notices().addListener(msg -> {
            notice = msg;
            captions().show(msg);
        }));
        model.sessionProperty().addListener((o, a, b) -> onSession(b));
        model.bankProperty().addListener((o, a, b) -> {
            bankPanel.refresh();
            if (model.session() == null) {
                refresh(); // the setup page lists the new bank's topics
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnDragOver(this::onDragOver);
        setOnDragExited(e -> getStyleClass().remove("quiz-drop-target"));
        setOnDragDropped(this::onDragDropped);
        if (model.resume()) {
            captions().show(Strings.format("quiz.caption.resumed", model.session().number(), model.session().total()));
        } else {
            onSession(null);
        }
    }

    @Override
    public boolean usesDigitKeys() {
        return true;
    }

    @Override
    public void onShown() {
        super.onShown();
        if (questionPage != null && current == questionPage) {
            // back from another screen (a task, a "show me" link): keys work at once
            Platform.runLater(questionPage::focus);
        }
        if (notice != null) {
            captions().show(notice);
        }
    }

    /** Also stops a running task's goal polling (the shell disposes views when the language changes). */
    @Override
    public void dispose() {
        super.dispose();
        sessionSubscription.run();
        if (questionPage != null) {
            questionPage.dispose();
        }
    }

    private void onSession(QuizSession s) {
        sessionSubscription.run();
        sessionSubscription = s == null ? () -> { } : s.changes().addListener(x -> refresh());
        refresh();
    }

    private void refresh() {
        if (building) {
            return;
        }
        QuizSession s = model.session();
        if (s == null) {
            setPage(new SetupPage(model, notice, this::showMe));
            return;
        }
        if (s.isFinished()) {
            setPage(new ResultsPage(this, model, s));
            return;
        }
        if (questionPage != null && questionPage.shows(s)) {
            questionPage.update();
            return;
        }
        building = true;
        try {
            QuestionPage qp = new QuestionPage(this, model, s);
            setPage(qp);
            questionPage = qp;
        } finally {
            building = false;
        }
        questionPage.update();
        questionPage.focus();
    }

    private void setPage(Node node) {
        if (questionPage != null && node != questionPage) {
            questionPage.dispose();
            questionPage = null;
        }
        current = node;
        page.getChildren().setAll(node);
    }

    private void onKey(KeyEvent e) {
        if (questionPage != null && current == questionPage && questionPage.handleKey(e)) {
            e.consume();
        }
    }

    // ---- used by the pages ----

    void dropCurrent() {
        if (model.session() != null) {
            model.dropCurrent();
        }
    }

    /** Checks at once (a simulation task given up). */
    void checkNow() {
        if (questionPage != null) {
            questionPage.check();
        }
    }

    /** Opens the screen of a "show me" link in the state it names. */
    void showMe(ShowMe link) {
        ScreenView v = navigator().open(link.screen());
        if (v == null) {
            captions().show(Strings.format("quiz.showMe.unavailable", SimulationAnswerView.screenTitle(link.screen())));
            return;
        }
        link.parameters().forEach((k, val) -> v.model().setParameter(k, val));
        v.captions().show(Strings.format("quiz.showMe.opened", SimulationAnswerView.screenTitle(link.screen())));
        // the same way back as a task has: a button across the top of the simulation
        JFXButton back = ControlPanel.button(Strings.get("quiz.showMe.back"), Strings.get("quiz.showMe.back.help"), () -> {
            v.showGuide(null);
            navigator().returnTo(QuizConstants.SCREEN_ID);
        });
        back.getStyleClass().add("secondary-button");
        back.setId("quiz-showme-back");
        HBox bar = new HBox(back);
        bar.getStyleClass().addAll("quiz-task", "task-bar");
        v.showGuide(bar);
    }

    void switchProfile(String name) {
        if (!ProgressStore.PROFILE.matcher(name).matches()) {
            bankPanel.profileRejected(Strings.format("quiz.profile.bad", name));
            return;
        }
        model.useRepository(ProgressStore.forProfile(name));
        try {
            Profiles.setCurrent(ProgressStore.standardFolder(), name);
        } catch (IOException e) {
            captions().show(Strings.format("quiz.progress.saveFailed", e.getMessage()));
        }
        bankPanel.refresh();
        if (!model.resume()) {
            refresh();
        }
        captions().show(Strings.format("quiz.profile.switched", name));
    }

    // ---- banks ----

    void useBuiltin() {
        model.setBank(model.builtinBank());
        captions().show(Strings.format("quiz.bank.loaded", model.bank().title(), model.bank().questions().size()));
        bankPanel.done(Strings.get("quiz.bank.builtinUsed"), "", List.of());
    }

    void chooseBankFile(boolean gift) {
        // without a native dialog (headless glass, kiosks) the caption says to drag the file in
        Path f = gift
                ? FileDialogs.chooseOpen(this, Strings.get("quiz.bank.importGift"), Strings.get("quiz.bank.giftFiles"),
                        m -> captions().show(Strings.get("quiz.bank.noDialog")), "*.gift", "*.txt", "*.xml")
                : FileDialogs.chooseOpen(this, Strings.get("quiz.bank.open"), Strings.get("quiz.bank.jsonFiles"),
                        m -> captions().show(Strings.get("quiz.bank.noDialog")), "*.json");
        if (f != null) {
            loadBankFile(f);
        }
    }

    private static boolean isGift(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gift") || n.endsWith(".txt");
    }

    /** Loads a JSON bank or imports a GIFT file in the background; the menu and drag and drop both come here. */
    public void loadBankFile(Path file) {
        if (loading) {
            captions().show(Strings.get("quiz.bank.busy"));
            return;
        }
        loading = true;
        bankPanel.loading(0);
        boolean gift = isGift(file);
        boolean xml = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
        Task<Object> task = new Task<>() {
            @Override
            protected Object call() {
                if (gift) {
                    updateProgress(0.5, 1);
                    return GiftImporter.importFile(file);
                }
                if (xml) {
                    // in the app nothing is written beside the user's file: pictures need the command line
                    updateProgress(0.5, 1);
                    return MoodleXmlImporter.importFile(file, false).result();
                }
                return BankLoader.load(file, p -> updateProgress(p, 1));
            }
        };
        task.progressProperty().addListener((o, a, b) -> bankPanel.loading(Math.max(0, b.doubleValue())));
        task.setOnSucceeded(e -> {
            loading = false;
            if (task.getValue() instanceof GiftResult g) {
                giftLoaded(file, g);
            } else {
                bankLoaded((LoadResult) task.getValue());
            }
        });
        task.setOnFailed(e -> {
            loading = false;
            String msg = Strings.format("quiz.bank.failed", file.getFileName(), String.valueOf(task.getException().getMessage()));
            bankPanel.done(msg, "", List.of());
            captions().show(msg);
        });
        Thread t = new Thread(task, "quiz-bank-loader");
        t.setDaemon(true);
        t.start();
    }

    private void bankLoaded(LoadResult r) {
        if (r.ok()) {
            model.setBank(r.source());
            String msg = Strings.format("quiz.bank.loaded", r.source().bank().title(), r.source().bank().questions().size());
            bankPanel.done(msg, "", List.of());
            captions().show(msg);
            return;
        }
        String msg = Strings.format("quiz.bank.rejected", r.problems().size());
        bankPanel.done(msg, Strings.get("quiz.bank.problems"), r.problems().stream().map(BankProblem::toString).toList());
        captions().show(msg);
    }

    private void giftLoaded(Path file, GiftResult g) {
        List<String> notes = g.skipped().stream().map(GiftIssue::toString).toList();
        if (!g.ok()) {
            String msg = Strings.format("quiz.bank.giftFailed", String.valueOf(g.fatal()));
            bankPanel.done(msg, Strings.get("quiz.bank.giftSkipped"), notes);
            captions().show(msg);
            return;
        }
        String base = file.toAbsolutePath().toUri().toString();
        model.setBank(new BankSource(g.bank(), file.toAbsolutePath().toString(), base));
        String msg = Strings.format("quiz.bank.giftLoaded", g.bank().questions().size(), g.skipped().size());
        bankPanel.done(msg, Strings.get("quiz.bank.giftSkipped"), notes);
        captions().show(msg);
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!getStyleClass().contains("quiz-drop-target")) {
                getStyleClass().add("quiz-drop-target");
            }
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        getStyleClass().remove("quiz-drop-target");
        boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
        if (ok) {
            Path file = e.getDragboard().getFiles().get(0).toPath();
            Platform.runLater(() -> loadBankFile(file));
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    // ---- results ----

    void chooseExportFile() {
        Path f = FileDialogs.chooseSave(this, Strings.get("quiz.results.export"), Strings.get("quiz.results.csvFiles"),
                "*.csv", "quiz-results.csv", captions()::show);
        if (f != null) {
            exportResults(f);
        }
    }

    /** Writes the session's answers as CSV, one row per answer. */
    public void exportResults(Path file) {
        QuizSession s = model.session();
        if (s == null) {
            return;
        }
        try {
            ResultsCsv.write(file, s.answers());
            captions().show(Strings.format("quiz.results.exported", s.answers().size(), file));
        } catch (IOException e) {
            captions().show(Strings.format("quiz.results.exportFailed", file, e.getMessage()));
        }
    }

    // ---- for tests ----

    public boolean isLoading() {
        return loading;
    }

    QuestionPage questionPage() {
        return questionPage;
    }

    Node currentPage() {
        return current;
    }

    BankPanel bankPanel() {
        return bankPanel;
    }

    static String screenId() {
        return QuizConstants.SCREEN_ID;
    }
}
