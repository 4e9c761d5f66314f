package org.crepituslab.app.cli;

import org.crepituslab.framework.cli.Command;
import java.util.List;
import java.util.Optional;
import org.crepituslab.classroom.cli.ClassroomCommand;
import org.crepituslab.quiz.cli.QuizCommand;

/** Every command of the jar; adding a command is one line here. */
public final class Commands {
    private static final List<Command> ALL = List.of(
            new SnapshotCommand(),
            new SimulateCommand(),
            new QuizCommand(),
            new ClassroomCommand(),
            new BenchCommand(),
            new FuzzCommand(),
            new SoakCommand(),
            new ValidateCommand(),
            new StoryCommand(),
            new LayoutCheckCommand());

    private Commands() {
    }

    public static List<Command> all() {
        return ALL;
    }

    public static Optional<Command> find(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
