package org.crepituslab.manipulation.view;

import javafx.scene.control.Label;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;

/**
 * The screen's teaching: why the joint that pops is not necessarily the stiff one, what a clean pop
 * does not tell, the risks of repeated self-adjusting, spondylolisthesis at the unstable end with
 * its warning signs, the safer approach, and that none of it is medical advice.
 */
final class TeachingText {
    private static final String[] PARAGRAPHS = {"notStiff", "cleanPop", "risks", "spondylolisthesis", "safer",
        "disclaimer"};

    private TeachingText() {
    }

    static void addTo(ControlPanel panel) {
        panel.addTitle(Strings.get("manipulation.teach.title"));
        for (String key : PARAGRAPHS) {
            Label l = panel.addText(Strings.get("manipulation.teach." + key));
            l.setId("manipulation-teach-" + key);
        }
    }
}
