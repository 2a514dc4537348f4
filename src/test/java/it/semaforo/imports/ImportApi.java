package it.semaforo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.customers.ItalianTaxIds;

/** Uploads files to {@code /api/imports} as a given user and waits for jobs; fresh identifiers for import rows. */
final class ImportApi {

    private final TestRestTemplate rest;

    ImportApi(TestRestTemplate rest) {
        this.rest = rest;
    }

    Api.Response upload(String user, byte[] content, String fileName, String source, boolean dryRun,
                        String... headers) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (content != null) {
            form.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        if (source != null) {
            form.add("source", source);
        }
        form.add("dryRun", String.valueOf(dryRun));
        HttpHeaders httpHeaders = new HttpHeaders();
        httpHeaders.setContentType(MediaType.MULTIPART_FORM_DATA);
        for (int i = 0; i < headers.length; i += 2) {
            httpHeaders.add(headers[i], headers[i + 1]);
        }
        ResponseEntity<String> answer = as(user).exchange("/api/imports", HttpMethod.POST,
                new HttpEntity<>(form, httpHeaders), String.class);
        return new Api.Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }

    Api.Response upload(String csv, String source, boolean dryRun) {
        return upload("demo", csv.getBytes(StandardCharsets.UTF_8), "prospects.csv", source, dryRun);
    }

    Api.Response get(String user, String path, String... headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            httpHeaders.add(headers[i], headers[i + 1]);
        }
        ResponseEntity<String> answer = as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(httpHeaders),
                String.class);
        return new Api.Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }

    Api.Response put(String user, String path, Object body, String... headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        httpHeaders.setContentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i < headers.length; i += 2) {
            httpHeaders.add(headers[i], headers[i + 1]);
        }
        ResponseEntity<String> answer = as(user).exchange(path, HttpMethod.PUT,
                new HttpEntity<>(body instanceof String s ? s : Api.write(body), httpHeaders), String.class);
        return new Api.Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }

    /** Starts a real import and waits (at most 60 s) until the job is DONE or FAILED; answers the job. */
    JsonNode importAndWait(String csv, String source) {
        long id = upload(csv, source, false).expect(202).id();
        return waitFor(id);
    }

    JsonNode waitFor(long jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode job = get("demo", "/api/imports/" + jobId).expect(200).json();
            String state = job.get("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return job;
            }
            assertThat(Instant.now()).as("job %s still %s", jobId, state).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user);
    }

    static String source() {
        return "Test " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String email() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 12) + "@example.it";
    }

    /** A personal codice fiscale with a correct check character (found by trying the 26 letters). */
    static String randomCodiceFiscale() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        code.append(String.format("%02d", random.nextInt(100))).append("ABCDEHLMPRST".charAt(random.nextInt(12)))
                .append(String.format("%02d", 1 + random.nextInt(28))).append((char) ('A' + random.nextInt(26)))
                .append(String.format("%03d", random.nextInt(1000)));
        for (char check = 'A'; check <= 'Z'; check++) {
            if (ItalianTaxIds.isValidCodiceFiscale(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no check character for " + code);
    }
}
