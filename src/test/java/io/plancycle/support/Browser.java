package io.plancycle.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real, headless Chromium (Debian's chromium and chromium-driver, nothing downloaded) driving PlanCycle's pages
 * as a user would: sign in, open a page, fill fields, click, and keep a screenshot of what the user saw under
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-TW");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER", "chromedriver"))).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * The program named by the environment variable, else the first of the names found on {@code PATH}. A missing one
     * fails the test at once with what to install: a browser test never skips.
     */
    static String executable(String variable, String... names) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            if (Files.isExecutable(Path.of(named))) {
                return named;
            }
            throw new IllegalStateException(variable + "=" + named + " is not an executable file. " + INSTALL);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalStateException(String.join(" or ", names) + " not found on PATH (nor " + variable + "). " + INSTALL);
    }

    private static final String INSTALL = "The browser tests need Chromium and its driver: "
            + "run 'bash .ci/run', or 'sudo apt-get install chromium chromium-driver fonts-noto-cjk', "
            + "or set CHROME_BIN and CHROMEDRIVER.";

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the login page; every demo user has the password {@code plancycle}. */
    public Browser signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("plancycle");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Clicks a link or button that loads another page and waits until that page has replaced this one. */
    public Browser follow(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /** Clicks as a user would, once the element is scrolled to the middle of the window. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
        element.click();
    }

    /** Runs a script in the page, as the page's own scripts would. */
    public Object script(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets a date field as its date picker would, with the events the page's scripts listen to. */
    public void setDate(String id, java.time.LocalDate day) {
        script("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, day.toString());
    }

    public void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals(path));
    }

    public Browser waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        return this;
    }

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags them. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Runs axe-core on the page as it is now and fails, listing every violation (rule, the elements it found and what
     * is wrong with each), unless it finds none against WCAG 2.1 A and AA.
     */
    public Browser assertAccessible(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            int elements = violations.stream().mapToInt(rule -> rule.getNodes().size()).sum();
            throw new AssertionError(violations.size() + " WCAG 2.1 A/AA rule(s) violated by " + elements
                    + " element(s) on " + pageName + " (" + path() + "):\n"
                    + violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
        return this;
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + ": " + node.getFailureSummary().replace("\n", " ");
    }

    /** Saves what the user sees now as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
