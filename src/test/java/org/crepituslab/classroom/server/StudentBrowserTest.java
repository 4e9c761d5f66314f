package org.crepituslab.classroom.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.crepituslab.classroom.ClassFixtures;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.Student;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The student page in a real browser (headless Chromium, from Debian's chromium and
 * chromium-driver, which .ci/run installs): join with a hostile nickname, answer, see the reveal.
 */
class StudentBrowserTest {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** The example; the page's nickname field keeps its first 24 characters, the longest allowed. */
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private WebDriver driver;
    private ClassSession session;
    private ClassServer server;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(CHROMEDRIVER.canExecute(), "needs chromium-driver (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void start() {
        session = ClassFixtures.session();
        InetAddress lo = InetAddress.getLoopbackAddress();
        server = ClassServer.start(session, new BindAddress(lo, lo, null), 0, ClassroomText.of(Locale.ENGLISH),
                v -> CompletableFuture.completedFuture(null));
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        // the driver's path is given, so Selenium never looks for one on the internet; quitting the
        // driver stops its service, so each test has its own
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        server.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void aStudentJoinsAnswersAndSeesTheRevealWithTheNicknameAsText() {
        driver.get(server.url());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
        driver.findElement(By.id("code")).sendKeys(ClassFixtures.CODE.toLowerCase());
        driver.findElement(By.id("name")).sendKeys(HOSTILE);
        driver.findElement(By.id("join-button")).click();
        waiting().until(d -> session.studentCount() == 1);
        Student s = session.students().get(0);
        assertEquals(HOSTILE.substring(0, 24), s.name(), "the field keeps 24 characters; the rest is dropped");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), s.name()));
        assertEquals("You are " + s.name() + ".", driver.findElement(By.id("me")).getText());
        assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "the nickname made no element");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

        session.next();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prompt"), "Prompt of q-single"));
        List<String> choices = driver.findElements(By.cssSelector("button.choice")).stream().map(e -> e.getText()).toList();
        assertEquals(List.of("Alpha", "Beta"), choices);
        driver.findElements(By.cssSelector("button.choice")).get(1).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Answer received"));
        assertEquals(1, session.answerCount());
        assertEquals(1.0, session.answerOf(s.token(), "q-single").orElseThrow().score());

        session.reveal();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("correct"), "Answer: Beta"));
        assertEquals("Because q-single.", driver.findElement(By.id("explanation")).getText());
        assertEquals("Your score: 100 %", driver.findElement(By.id("score")).getText());
        assertTrue(driver.findElement(By.id("tallies")).getText().contains("Beta: 1"));

        driver.navigate().refresh(); // a phone that reloads keeps its place
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("correct"), "Answer: Beta"));
        assertEquals(1, session.studentCount());

        session.end();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "The session is over"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void aWrongCodeIsSaidOnThePage() {
        driver.get(server.url());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
        driver.findElement(By.id("code")).sendKeys("ZZZZZZ");
        driver.findElement(By.id("name")).sendKeys("ann");
        driver.findElement(By.id("join-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "not right"));
        assertEquals(0, session.studentCount());
    }
}
