// Diagnostic for doc/BENCHMARKS.md (not part of the app): opens screens as `bench` does (busiest
// state, 1920x1080, headless, software rendering) and prints each thread's CPU time and allocated kilobytes per frame, so
// the FX thread's and the renderer's share of a frame can be compared between builds. The
// frame-interval figures themselves come from `bench`.
// Build and run after `mvn -B -q package -DskipTests`:
//   javac -cp target/crepitus-lab.jar -d /tmp/cpf doc/tools/CpuPerFrame.java
//   java -cp target/crepitus-lab.jar:/tmp/cpf CpuPerFrame facet,tendon,grinding,walking,manipulation,baseline 4 6
// (screens, seconds of warm-up, seconds measured; an optional fourth argument hides nodes by CSS
// selector, separated by ';', to see what one part costs).
import java.lang.management.*;
import java.util.*;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.crepituslab.app.*;
import org.crepituslab.framework.*;

public class CpuPerFrame {
  static Map<String,Long> alloc() { ThreadMXBean t=ManagementFactory.getThreadMXBean(); Map<String,Long> m=new TreeMap<>();
    for (ThreadInfo i: t.dumpAllThreads(false,false)) { long c=((com.sun.management.ThreadMXBean)t).getThreadAllocatedBytes(i.getThreadId()); String n=i.getThreadName().replaceAll("[0-9]+",""); m.merge(n, c, Long::sum);} return m; }
  static String perFrame(String what, Map<String,Long> a, Map<String,Long> b, long nf, double unit) {
    StringBuilder sb=new StringBuilder("  "+what+":");
    for (var e: b.entrySet()) { double d=(e.getValue()-a.getOrDefault(e.getKey(),0L))/unit/nf; if (d>0.05) sb.append(String.format(" %s=%.2f", e.getKey(), d)); }
    return sb.toString(); }
  static Map<String,Long> cpu() { ThreadMXBean t=ManagementFactory.getThreadMXBean(); Map<String,Long> m=new TreeMap<>();
    for (ThreadInfo i: t.dumpAllThreads(false,false)) { long c=t.getThreadCpuTime(i.getThreadId()); String n=i.getThreadName().replaceAll("[0-9]+",""); m.merge(n, c, Long::sum);} return m; }
  public static void main(String[] a) throws Exception {
    Headless.start(true, 1920, 1080);
    Screens.ensureInstalled();
    for (String id : a[0].split(",")) {
    long[] frames={0};
    Stage[] stg={null};
    if (id.startsWith("baseline") || id.equals("empty")) {
      Headless.onFx(() -> {
        javafx.scene.canvas.Canvas cv=new javafx.scene.canvas.Canvas(1920,1080);
        new javafx.animation.AnimationTimer(){ public void handle(long now){ frames[0]++; if (id.equals("empty")) return; var g=cv.getGraphicsContext2D(); g.clearRect(0,0,1920,1080); double x=(frames[0]*7)%1920; g.strokeLine(x,0,1920-x,1080);} }.start();
        stg[0]=new Stage(); stg[0].setScene(new Scene(new javafx.scene.layout.StackPane(cv),1920,1080)); stg[0].show(); return null;});
      Thread.sleep(Long.parseLong(a[1])*1000);
      Map<String,Long> c0=cpu(); Map<String,Long> a0=alloc(); long f0=frames[0];
      Thread.sleep(Long.parseLong(a[2])*1000);
      Map<String,Long> c1=cpu(); Map<String,Long> a1=alloc(); long nf=frames[0]-f0; StringBuilder sb=new StringBuilder(id+": "+nf+" frames; CPU ms/frame:");
      for (var e: c1.entrySet()) { double d=(e.getValue()-c0.getOrDefault(e.getKey(),0L))/1e6/nf; if (d>0.05) sb.append(String.format(" %s=%.2f", e.getKey(), d)); }
      System.out.println(sb); System.out.println(perFrame("KB allocated/frame", a0, a1, nf, 1024.0)); Headless.onFx(() -> { stg[0].hide(); return null; }); continue;
    }
    Headless.onFx(() -> {
      Preferences prefs=new Preferences(); prefs.soundOnProperty().set(false);
      Scene scene=CrepitusLabApp.createScene(prefs,1920,1080);
      AppShell shell=(AppShell)scene.getRoot(); shell.show(id);
      ScreenView v=shell.currentView();
      Screen<SimModel> s=(Screen<SimModel>)Screens.byId(id).get(); s.makeBusy(v.model());
      if (a.length>3) for (String sel : a[3].split(";")) { if (sel.isEmpty()) continue; for (javafx.scene.Node nd : scene.getRoot().lookupAll(sel)) { if (nd instanceof javafx.scene.control.CheckBox cb) cb.setSelected(false); else nd.setVisible(false); } }
      v.clock().setFrameProbe(new SimClock.FrameProbe(){ public void onFrame(long f,long c){ frames[0]++; } public long cpuNanos(){return 0;}});
      stg[0]=new Stage(); stg[0].setScene(scene); stg[0].setWidth(1920); stg[0].setHeight(1080); stg[0].show(); return null;});
    Thread.sleep(Long.parseLong(a[1])*1000);
    Map<String,Long> c0=cpu(); Map<String,Long> a0=alloc(); long f0=frames[0]; long t0=System.nanoTime();
    Thread.sleep(Long.parseLong(a[2])*1000);
    Map<String,Long> c1=cpu(); Map<String,Long> a1=alloc(); long f1=frames[0]; double el=(System.nanoTime()-t0)/1e9;
    long nf=f1-f0; StringBuilder sb=new StringBuilder(id+": "+nf+" frames; CPU ms/frame:");
    for (var e: c1.entrySet()) { double d=(e.getValue()-c0.getOrDefault(e.getKey(),0L))/1e6/nf; if (d>0.05) sb.append(String.format(" %s=%.2f", e.getKey(), d)); }
    System.out.println(sb); System.out.println(perFrame("KB allocated/frame", a0, a1, nf, 1024.0));
    Headless.onFx(() -> { ((AppShell)stg[0].getScene().getRoot()).currentView().dispose(); stg[0].hide(); return null; });
    }
    System.exit(0);
  }
}
