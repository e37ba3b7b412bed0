package io.plancycle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript uses them: one session (its cookies), signed in through the login form,
 * posting forms with the session's CSRF token. Redirects are not followed, so a test sees where each answer points.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private boolean signedIn;

    public PageSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login form; the answer is the form's redirect (to / when the password was right). */
    public HttpResponse<String> signIn(String user, String password) {
        String token = csrfToken("/login");
        return post("/login", Map.of("username", user, "password", password, "_csrf", token));
    }

    public PageSession signedInAs(String user) {
        HttpResponse<String> answer = signIn(user, PlanCycleApi.PASSWORD);
        if (!answer.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException(user + " could not sign in: " + answer.headers().map());
        }
        signedIn = true;
        return this;
    }

    /** The CSRF token of this session, as the forms of the page at {@code path} carry it. */
    public String csrfToken(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException(path + " has no form with a CSRF token");
        }
        return token.group(1);
    }

    public Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as a second browser holding an old session id would send it. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    /** Reads as a page's script does, asking for {@code accept}. */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, "text/html");
    }

    /** Posts a form as a script does, asking for {@code accept} and sending the extra {@code headers} (name, value …). */
    public HttpResponse<String> post(String path, Map<String, String> form, String accept, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a body of any kind as it is (a large upload, say), with this session's cookies. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a form with nothing in it but, once signed in, the session's CSRF token (taken from the task list). */
    public HttpResponse<String> postEmptyForm(String path) {
        Map<String, String> form = new LinkedHashMap<>();
        if (signedIn) {
            form.put("_csrf", csrfToken("/tasks"));
        }
        return post(path, form);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
