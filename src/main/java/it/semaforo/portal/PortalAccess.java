package it.semaforo.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.platform.SecretTokens;

/**
 * Signing in to the portal without passwords. A contact asks for a link with their e-mail address; when the address
 * belongs to a customer, a single-use link valid for {@code semaforo.portal.link-validity} is e-mailed to it. The
 * answer is the same for unknown addresses, and the e-mail leaves after the answer, so neither the words nor the
 * time tell whether an address is a customer's. Requests are limited per address and per client. Using the link
 * opens a portal session that lasts {@code semaforo.portal.session-duration} or until sign-out.
 */
@Service
@Transactional(readOnly = true)
public class PortalAccess {

    /** Expired links, sessions and old requests are kept this long (for support questions), then deleted. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    public enum LinkRequestOutcome { ACCEPTED, RATE_LIMITED }

    /** A link was issued: the e-mail with the token leaves once the request has committed. */
    record LinkIssued(long linkId, String email, String token) {
    }

    /** A successful sign-in: the session token for the cookie, and where to go next. */
    public record SignedIn(String sessionToken, Duration validFor, String targetPath) {
    }

    private final LinkRequestRepository requests;
    private final LoginLinkRepository links;
    private final PortalSessionRepository sessions;
    private final Customers customers;
    private final PortalProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalAccess(LinkRequestRepository requests, LoginLinkRepository links, PortalSessionRepository sessions,
                 Customers customers, PortalProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.links = links;
        this.sessions = sessions;
        this.customers = customers;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks for a sign-in link for the address (already checked to be an e-mail address) from a client (its IP
     * address). {@code targetPath} is the portal page to open after sign-in; anything but a portal path is dropped.
     */
    @Transactional
    public LinkRequestOutcome requestLink(String email, String clientAddress, String targetPath) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.rateLimit().window());
        if (requests.countByEmailAndRequestedAtBetween(address, windowStart, now)
                >= properties.rateLimit().perAddress()
                || requests.countByClientAddressAndRequestedAtBetween(clientAddress, windowStart, now)
                        >= properties.rateLimit().perClient()) {
            return LinkRequestOutcome.RATE_LIMITED;
        }
        requests.save(new LinkRequest(address, clientAddress, now));
        if (!customers.customersWithEmail(address).isEmpty()) {
            String token = SecretTokens.newToken();
            LoginLink link = links.save(new LoginLink(SecretTokens.hash(token), address, portalPathOrNull(targetPath),
                    now, now.plus(properties.linkValidity())));
            events.publishEvent(new LinkIssued(link.getId(), address, token));
        }
        return LinkRequestOutcome.ACCEPTED;
    }

    /** Whether the link could still be used (the page that asks to confirm the sign-in shows it or explains why not). */
    public boolean isUsable(String token) {
        return SecretTokens.isWellFormed(token) && links.findByTokenHash(SecretTokens.hash(token))
                .filter(link -> link.isUsableAt(clock.instant())).isPresent();
    }

    /** Uses the link, once: a new session for its address, or nothing when the link is unknown, used or expired. */
    @Transactional
    public Optional<SignedIn> signIn(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = SecretTokens.hash(token);
        if (links.use(hash, now) == 0) {
            return Optional.empty();
        }
        LoginLink link = links.findByTokenHash(hash).orElseThrow();
        if (customers.customersWithEmail(link.getEmail()).isEmpty()) {
            return Optional.empty(); // the address was taken off its customer since the link was sent
        }
        String sessionToken = SecretTokens.newToken();
        sessions.save(new PortalSession(SecretTokens.hash(sessionToken), link.getEmail(), now,
                now.plus(properties.sessionDuration())));
        return Optional.of(new SignedIn(sessionToken, properties.sessionDuration(), link.getTargetPath()));
    }

    /** Who the session belongs to, while it lasts and the address still belongs to a customer. */
    public Optional<PortalCustomer> customerOf(String sessionToken) {
        if (!SecretTokens.isWellFormed(sessionToken)) {
            return Optional.empty();
        }
        return sessions.findByTokenHash(SecretTokens.hash(sessionToken))
                .filter(session -> session.isLiveAt(clock.instant()))
                .flatMap(session -> customerWithEmail(session.getEmail()));
    }

    @Transactional
    public void signOut(String sessionToken) {
        if (SecretTokens.isWellFormed(sessionToken)) {
            sessions.findByTokenHash(SecretTokens.hash(sessionToken)).ifPresent(s -> s.end(clock.instant()));
        }
    }

    /** Forgets expired links and sessions and old link requests, a day after they stopped counting. */
    @Scheduled(cron = "${semaforo.portal.cleanup-cron:0 17 * * * *}")
    @Transactional
    public void forgetExpired() {
        Instant before = clock.instant().minus(KEPT_AFTER_EXPIRY);
        links.deleteExpiredBefore(before);
        sessions.deleteExpiredBefore(before);
        requests.deleteOlderThan(before.minus(properties.rateLimit().window()));
    }

    Optional<PortalCustomer> customerWithEmail(String email) {
        List<Customer> holders = customers.customersWithEmail(email);
        if (holders.isEmpty()) {
            return Optional.empty();
        }
        Customer first = holders.get(0);
        return Optional.of(new PortalCustomer(email, holders.stream().map(Customer::getId).toList(), first.getName(),
                first.getLanguage()));
    }

    /** A path inside the portal, never another site ({@code //host}) or another part of the app. */
    public static String portalPathOrNull(String path) {
        if (path == null || !path.matches("/portal(/[A-Za-z0-9/_-]*)?") || path.contains("//")) {
            return null;
        }
        return path;
    }
}
