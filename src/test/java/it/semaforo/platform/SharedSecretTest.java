package it.semaforo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A shared secret: nothing passes without one configured, and only the exact value passes with one. */
class SharedSecretTest {

    @Test
    void withoutAConfiguredSecretEverythingIsRefused() {
        for (String configured : new String[] {null, "", "   "}) {
            SharedSecret secret = new SharedSecret(configured);
            assertThat(secret.isConfigured()).isFalse();
            assertThat(secret.accepts(null)).isFalse();
            assertThat(secret.accepts("")).isFalse();
            assertThat(secret.accepts("   ")).isFalse();
            assertThat(secret.accepts("anything")).isFalse();
        }
    }

    @Test
    void onlyTheExactSecretIsAccepted() {
        SharedSecret secret = new SharedSecret("s3cret-token");
        assertThat(secret.accepts("s3cret-token")).isTrue();
        assertThat(secret.accepts("s3cret-toke")).isFalse();
        assertThat(secret.accepts("s3cret-token ")).isFalse();
        assertThat(secret.accepts("S3CRET-TOKEN")).isFalse();
        assertThat(secret.accepts(null)).isFalse();
    }
}
