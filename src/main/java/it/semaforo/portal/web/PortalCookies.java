package it.semaforo.portal.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import it.semaforo.portal.PortalProperties;

/**
 * The portal's cookies: the session cookie is HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * sub-requests or posts; a link from an e-mail still opens the portal signed in) and Secure unless
 * {@code semaforo.portal.secure-cookie} is false. Its path is {@code /portal}, so the console never receives it.
 */
@Component
class PortalCookies {

    static final String SESSION_COOKIE = "SEMAFORO_PORTAL";
    static final String CSRF_COOKIE = "SEMAFORO_PORTAL_XSRF";
    private static final String PATH = "/portal";

    private final boolean secure;

    PortalCookies(PortalProperties properties) {
        this.secure = properties.secureCookie();
    }

    boolean secure() {
        return secure;
    }

    Optional<String> sessionToken(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(all -> Arrays.stream(all)
                .filter(cookie -> SESSION_COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst());
    }

    void startSession(HttpServletResponse response, String token, Duration validFor) {
        write(response, token, validFor);
    }

    void endSession(HttpServletResponse response) {
        write(response, "", Duration.ZERO);
    }

    private void write(HttpServletResponse response, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SESSION_COOKIE, value).path(PATH)
                .httpOnly(true).secure(secure).sameSite("Lax").maxAge(maxAge).build().toString());
    }
}
