package it.semaforo.credit.process;

import jakarta.annotation.PreDestroy;

import java.io.IOException;

import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.impl.AbstractHttpConnector;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditProperties;

/**
 * Gives Camunda Connect's {@code http-connector} a pooled HTTP client of {@code semaforo.credit.provider.pool-size}
 * connections (the connector's own client keeps 2 per host, too few for concurrent checks). The connect plugin
 * registers the connector when the engine starts, hence the dependency on the engine. The client never retries by
 * itself: failed calls are retried by the job (with its backoff and its incident at the end), and only there.
 */
@Component
class CreditHttpClient {

    private final CloseableHttpClient client;

    CreditHttpClient(ProcessEngine engine, CreditProperties properties) {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(properties.provider().poolSize());
        pool.setDefaultMaxPerRoute(properties.provider().poolSize());
        // no silent retries inside the client: a reset connection would otherwise be tried 3 more times per job
        // attempt (16 calls to a paid provider instead of 4); the job's retry cycle is the one retry policy
        this.client = HttpClients.custom().setConnectionManager(pool).useSystemProperties().disableAutomaticRetries()
                .build();
        AbstractHttpConnector<?, ?> connector = Connectors.getConnector(Connectors.HTTP_CONNECTOR_ID);
        connector.setHttpClient(client);
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
