package io.plancycle.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real, headless Chromium (Debian's chromium and chromium-driver, nothing downloaded) driving PlanCycle's pages
 * as a user would: sign in, open a page, fill fields, click, and keep a screenshot of what the user saw under
 * {@code target/screenshots/}. Every wait looks again every 50 ms, so a test waits no longer than the page takes;
 * {@link Browsers} keeps one for all the page tests of the test JVM.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** How long a lookup waits for an element to appear. */
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);
    /** How often a wait looks again. */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Dimension WINDOW = new Dimension(1366, 768);

    private final WebDriver driver;
    /** The PlanCycle this browser works on: a page test's server, until {@link #reset(int)} points it at another. */
    private int port;
    private String baseUrl;
    /** Where files this browser downloads land, one folder per browser. */
    private final Path downloads;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=zh-TW");
        try {
            downloads = Files.createDirectories(Path.of("target", "downloads")).resolve(UUID.randomUUID().toString());
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Traditional Chinese first, as the city's browsers ask for it (navigator.languages, Accept-Language): on
        // Linux Chromium takes it from this preference, not from --lang.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "zh-TW,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER", "chromedriver"))).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        pointAt(port);
    }

    private void pointAt(int port) {
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * As a new browser for the next test: signed out, the tab's storage (where pages keep what was typed) emptied, the
     * window at its first size.
     */
    public Browser reset() {
        return reset(port);
    }

    /** As {@link #reset()}, and now working on the PlanCycle at {@code port} (the next test class's server). */
    public Browser reset(int port) {
        pointAt(port);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        driver.manage().window().setSize(WINDOW);
        try {
            open("/actuator/health");
        } catch (UnhandledAlertException leavingAsked) {
            acceptAlert();
            open("/actuator/health");
        }
        script("window.sessionStorage.clear(); window.localStorage.clear();");
        driver.manage().deleteAllCookies();
        return this;
    }

    private void acceptAlert() {
        try {
            driver.switchTo().alert().accept();
        } catch (NoAlertPresentException alreadyGone) {
            // the page was left all the same
        }
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

    /**
     * Signs in as a demo user and opens the home the sign-in leads to. The session is the login form's own, posted over
     * HTTP and handed to the browser as its cookie: the form itself, typed into, is {@link #signInOnThePage}'s.
     */
    public Browser signIn(String user) {
        String session = new PageSession(port).signedInAs(user).sessionId()
                .orElseThrow(() -> new IllegalStateException(user + " signed in without a session"));
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            open("/actuator/health");
        }
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("JSESSIONID", session, "/"));
        open("/");
        return this;
    }

    /** Signs in by typing into the login page, as a person does; every demo user has the password {@code plancycle}. */
    public Browser signInOnThePage(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("plancycle");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
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

    /** Nothing on the page matches (asked without waiting for it to appear). */
    public boolean absent(String css) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return findAll(css).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** What a field holds now, typed or shown again by the server. */
    public String value(String css) {
        return find(css).getDomProperty("value");
    }

    /** Types into a field as a user would, replacing what it held. */
    public void type(String css, String text) {
        WebElement input = find(css);
        scrollToCentre(input);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses an option of a select by its value. */
    public void select(String css, String value) {
        WebElement element = find(css);
        scrollToCentre(element);
        new Select(element).selectByValue(value);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Clicks a link or button that loads another page and waits until that page has replaced this one. */
    public Browser follow(String css) {
        WebElement page = find("html");
        click(css);
        waiting(Duration.ofSeconds(15)).until(replaced(page));
        return this;
    }

    /** Clicks a button that asks for confirmation first, confirms, and waits for the next page. */
    public Browser followConfirming(String css) {
        WebElement page = find("html");
        click(css);
        waiting(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waiting(Duration.ofSeconds(15)).until(replaced(page));
        return this;
    }

    /**
     * The page this element belongs to has been replaced by the next: the element is stale, or (Chromium asked about
     * it in the middle of the navigation) it "does not belong to the document" any more.
     */
    private static ExpectedCondition<Boolean> replaced(WebElement page) {
        return d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Clicks as a user would, once the element is scrolled to the middle of the window (clear of sticky bars). */
    public void click(WebElement element) {
        scrollToCentre(element);
        element.click();
    }

    public void click(String css) {
        click(find(css));
    }

    /** Scrolls at once (Bootstrap scrolls smoothly, which a click must not race). */
    private void scrollToCentre(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
    }

    /** Runs a script in the page, as the page's own scripts would. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A wait of at most {@code timeout} that looks again every 50 ms. */
    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(POLL);
        return wait;
    }

    /** Waits up to 5 seconds for the page to show what the condition looks for. */
    public void until(BooleanSupplier condition) {
        waiting(Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
    }

    /** Sets a date field as its date picker would, with the events the page's scripts listen to. */
    public void setDate(String id, java.time.LocalDate day) {
        script("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, day.toString());
    }

    public void waitForPath(String path) {
        waiting(Duration.ofSeconds(10)).until(d -> path().equals(path));
    }

    public Browser waitFor(String css) {
        waiting(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        return this;
    }

    /**
     * Fails, listing every violation, unless axe-core finds none against WCAG 2.1 A and AA on the page as it is now
     * ({@link Accessibility}).
     */
    public Browser assertAccessible(String pageName) {
        Accessibility.assertAccessible(driver, pageName + " (" + path() + ")");
        return this;
    }

    /**
     * Clicks a download link as a person does and returns the file once the browser has saved it, under the name the
     * server gave it.
     */
    public Path download(String css) {
        Set<Path> before = downloaded();
        click(css);
        Path[] file = new Path[1];
        waiting(Duration.ofSeconds(30)).until(d -> {
            Set<Path> now = downloaded();
            now.removeAll(before);
            // Chrome saves into a .crdownload or hidden temporary file beside an empty one of the final name, then
            // renames it.
            boolean saving = now.stream().map(p -> p.getFileName().toString())
                    .anyMatch(name -> name.endsWith(".crdownload") || name.startsWith("."));
            file[0] = saving ? null : now.stream().filter(p -> p.toFile().length() > 0).findFirst().orElse(null);
            return file[0] != null;
        });
        return file[0];
    }

    private Set<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Closes the browser, as at the end of the JVM or when it no longer answers, whatever state it is in. */
    void quietlyClose() {
        try {
            driver.quit();
        } catch (WebDriverException alreadyGone) {
            // nothing left to close
        }
    }
}
