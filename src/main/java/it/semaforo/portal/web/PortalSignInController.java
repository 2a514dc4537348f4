package it.semaforo.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.portal.PortalAccess;
import it.semaforo.portal.PortalAccess.LinkRequestOutcome;
import it.semaforo.portal.PortalAccess.SignedIn;
import it.semaforo.portal.PortalProperties;

/**
 * Signing in without a password: ask for a link ({@code /portal/login}), open it ({@code GET /portal/access/<token>}
 * only shows a button, so mail scanners that follow links do not use it up), confirm ({@code POST /portal/access}),
 * sign out ({@code POST /portal/logout}).
 */
@Controller
class PortalSignInController {

    /** The sign-in form: the address, and the portal page to open afterwards. */
    record LinkForm(@NotBlank @Email @Size(max = 254) String email, @Size(max = 200) String next) {
    }

    private final PortalAccess access;
    private final PortalCookies cookies;
    private final PortalProperties properties;

    PortalSignInController(PortalAccess access, PortalCookies cookies, PortalProperties properties) {
        this.access = access;
        this.cookies = cookies;
        this.properties = properties;
    }

    /** The sign-in form; a customer who is signed in already goes straight on. */
    @GetMapping("/portal/login")
    String loginPage(@RequestParam(required = false) String next, Model model) {
        if (PortalSecurity.signedIn().isPresent()) {
            String target = PortalAccess.portalPathOrNull(next);
            return "redirect:" + (target != null ? target : "/portal");
        }
        model.addAttribute("form", new LinkForm("", next));
        return "portal/login";
    }

    /** The same answer for every well-formed address, a customer's or not; 429 past the rate limits. */
    @PostMapping("/portal/login")
    String requestLink(@Valid @ModelAttribute("form") LinkForm form, BindingResult errors, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "portal/login";
        }
        if (access.requestLink(form.email(), request.getRemoteAddr(), form.next())
                == LinkRequestOutcome.RATE_LIMITED) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(properties.rateLimit().window().toSeconds()));
            model.addAttribute("rateLimited", true);
            return "portal/login";
        }
        model.addAttribute("email", form.email().strip());
        model.addAttribute("minutes", properties.linkValidity().toMinutes());
        return "portal/link-sent";
    }

    @GetMapping("/portal/access/{token}")
    String confirmPage(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!access.isUsable(token)) {
            return linkNotUsable(response);
        }
        model.addAttribute("token", token);
        return "portal/access";
    }

    @PostMapping("/portal/access")
    String signIn(@RequestParam String token, HttpServletResponse response) {
        SignedIn signedIn = access.signIn(token).orElse(null);
        if (signedIn == null) {
            return linkNotUsable(response);
        }
        cookies.startSession(response, signedIn.sessionToken(), signedIn.validFor());
        return "redirect:" + (signedIn.targetPath() != null ? signedIn.targetPath() : "/portal");
    }

    @PostMapping("/portal/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        cookies.sessionToken(request).ifPresent(access::signOut);
        cookies.endSession(response);
        return "redirect:/portal/login?signedOut";
    }

    /** Used, expired or unknown: 410, with the way to ask for a new link. */
    private static String linkNotUsable(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "portal/link-expired";
    }
}
