package it.semaforo.credit;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The provider contract's own format (docs/credit-provider.md), spoken by the sandbox: read as it is. */
@Component("contract")
class ContractMapping implements ProviderMapping {

    private final ObjectMapper json;

    ContractMapping(ObjectMapper json) {
        // providers add fields over time: what the contract does not name is ignored
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public CreditReport report(String providerJson) {
        try {
            CreditReport report = json.readValue(providerJson, CreditReport.class);
            if (report.vatNumber() == null) {
                throw new IllegalArgumentException("A provider report without vatNumber");
            }
            return report;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable provider report: " + e.getOriginalMessage(), e);
        }
    }
}
