package org.crepituslab.quiz.view;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.BankSource;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.quiz.progress.ProgressStore;

/**
 * The side panel: which bank is loaded, the Bank menu (open a JSON bank, import GIFT, back to the
 * built-in bank), the loading progress, every problem of a rejected file, and the profile whose
 * progress is kept.
 */
final class BankPanel {
    private final QuizView host;
    private final QuizModel model;
    private final ControlPanel panel = new ControlPanel();
    private final ScrollPane scroll;
    private final Label bankTitle = Texts.label("", "panel-title");
    private final Label bankInfo = Texts.label("", "muted");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = Texts.label("", "body-text");
    private final TextArea problems = new TextArea();
    private final ComboBox<String> profile = new ComboBox<>();

    BankPanel(QuizView host, QuizModel model) {
        this.host = host;
        this.model = model;
        panel.setId("quiz-bank-panel");
        panel.addTitle(Strings.get("quiz.bank.title"));
        bankTitle.setId("quiz-bank-title");
        bankInfo.setId("quiz-bank-info");
        panel.add(bankTitle);
        panel.add(bankInfo);

        MenuButton menu = new MenuButton(Strings.get("quiz.bank.menu"));
        menu.setId("quiz-bank-menu");
        menu.setAccessibleText(Strings.get("quiz.bank.menu"));
        menu.setAccessibleHelp(Strings.get("quiz.bank.menu.help"));
        menu.setMaxWidth(Double.MAX_VALUE);
        MenuItem open = new MenuItem(Strings.get("quiz.bank.open"));
        open.setId("quiz-menu-open");
        open.setOnAction(e -> host.chooseBankFile(false));
        MenuItem gift = new MenuItem(Strings.get("quiz.bank.importGift"));
        gift.setId("quiz-menu-gift");
        gift.setOnAction(e -> host.chooseBankFile(true));
        MenuItem builtin = new MenuItem(Strings.get("quiz.bank.builtin"));
        builtin.setId("quiz-menu-builtin");
        builtin.setOnAction(e -> host.useBuiltin());
        menu.getItems().addAll(open, gift, builtin);
        panel.add(menu);
        panel.addText(Strings.get("quiz.bank.drop"));

        progress.setId("quiz-load-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(Strings.get("quiz.bank.loading"));
        progress.setVisible(false);
        progress.setManaged(false);
        status.setId("quiz-load-status");
        panel.add(progress);
        panel.add(status);
        problems.setId("quiz-load-problems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(8);
        problems.getStyleClass().add("quiz-problems");
        problems.setAccessibleText(Strings.get("quiz.bank.problems"));
        problems.setVisible(false);
        problems.setManaged(false);
        panel.add(problems);

        panel.addTitle(Strings.get("quiz.profile.title"));
        panel.addText(Strings.get("quiz.profile.help"));
        profile.setId("quiz-profile");
        profile.setEditable(true);
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.setAccessibleText(Strings.get("quiz.profile.title"));
        profile.setAccessibleHelp(Strings.get("quiz.profile.help"));
        profile.getItems().setAll(ProgressStore.profiles(ProgressStore.standardFolder()));
        profile.setValue(model.profile());
        profile.setOnAction(e -> {
            String name = profile.getValue() == null ? "" : profile.getValue().strip();
            if (!name.equals(model.profile())) {
                host.switchProfile(name);
            }
        });
        panel.add(profile);

        scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(300);
        scroll.setMinWidth(240);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        refresh();
    }

    ScrollPane node() {
        return scroll;
    }

    void refresh() {
        BankSource s = model.bankProperty().get();
        Bank b = s.bank();
        bankTitle.setText(b.title());
        String from = s.isBuiltin() ? Strings.get("quiz.bank.builtinOrigin") : s.origin();
        bankInfo.setText(Strings.format("quiz.bank.info", b.questions().size(), b.topics().size(), from));
        if (!profile.getItems().contains(model.profile())) {
            profile.getItems().add(model.profile());
        }
        profile.setValue(model.profile());
    }

    void loading(double fraction) {
        progress.setVisible(true);
        progress.setManaged(true);
        progress.setProgress(fraction);
        status.setText(Strings.get("quiz.bank.loading"));
    }

    /** Ends the progress display with a message and, if any, the list of problems or notes. */
    void done(String message, String problemsHeader, List<String> lines) {
        progress.setVisible(false);
        progress.setManaged(false);
        status.setText(message);
        boolean show = !lines.isEmpty();
        problems.setVisible(show);
        problems.setManaged(show);
        problems.setText(show ? problemsHeader + "\n" + String.join("\n", lines) : "");
    }

    void profileRejected(String message) {
        status.setText(message);
        profile.setValue(model.profile());
    }

    String status() {
        return status.getText();
    }

    String problemsText() {
        return problems.isVisible() ? problems.getText() : "";
    }
}
