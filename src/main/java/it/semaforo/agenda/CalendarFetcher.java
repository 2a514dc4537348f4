package it.semaforo.agenda;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;

import org.springframework.stereotype.Component;

/** Downloads an external calendar over http(s) with bounded connect and read times and a size limit. */
@Component
class CalendarFetcher {

    private final AgendaProperties.External settings;

    CalendarFetcher(AgendaProperties properties) {
        this.settings = properties.external();
    }

    byte[] fetch(URI url) throws CalendarReadException {
        try {
            URLConnection connection = url.toURL().openConnection();
            if (!(connection instanceof HttpURLConnection http)) {
                throw new CalendarReadException("Not an http(s) address");
            }
            http.setConnectTimeout((int) settings.connectTimeout().toMillis());
            http.setReadTimeout((int) settings.readTimeout().toMillis());
            http.setRequestProperty("Accept", "text/calendar, */*;q=0.5");
            http.setRequestProperty("User-Agent", "Semaforo calendar reader");
            try {
                int status = http.getResponseCode();
                if (status != HttpURLConnection.HTTP_OK) {
                    throw new CalendarReadException("HTTP " + status);
                }
                long limit = settings.maxSize().toBytes();
                try (InputStream body = http.getInputStream()) {
                    byte[] content = body.readNBytes((int) limit + 1);
                    if (content.length > limit) {
                        throw new CalendarReadException("Larger than " + limit + " bytes");
                    }
                    return content;
                }
            } finally {
                http.disconnect();
            }
        } catch (IOException e) {
            throw new CalendarReadException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
