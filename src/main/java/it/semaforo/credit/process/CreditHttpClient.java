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
 * registers the connector when the engine starts, hence the dependency on the engine.
 */
@Component
class CreditHttpClient {

    private final CloseableHttpClient client;

    CreditHttpClient(ProcessEngine engine, CreditProperties properties) {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(properties.provider().poolSize());
        pool.setDefaultMaxPerRoute(properties.provider().poolSize());
        this.client = HttpClients.custom().setConnectionManager(pool).useSystemProperties().build();
        AbstractHttpConnector<?, ?> connector = Connectors.getConnector(Connectors.HTTP_CONNECTOR_ID);
        connector.setHttpClient(client);
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
