package it.semaforo.deals;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.semaforo.Api;
import it.semaforo.TestData;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.telephony.TelephonyFixtures;

/**
 * Data for deal tests, made through the domain services: fresh users (so agendas and task lists hold only what a test
 * gives them), customers with a unique sector, and deals with their process. Every call makes
 * new records: the database is shared by the whole suite.
 */
@Component
public class DealFixtures {

    private final TestData testData;
    private final Customers customers;
    private final Deals deals;
    private final RuntimeService runtime;
    private final TaskService tasks;

    DealFixtures(TestData testData, Customers customers, Deals deals, RuntimeService runtime,
                 TaskService tasks) {
        this.testData = testData;
        this.customers = customers;
        this.deals = deals;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** A new Camunda user in the group, whose password is its id (letters and digits, Camunda's default pattern). */
    public String user(String group) {
        return testData.user(group);
    }

    /** A unique sector, so a campaign filter on it selects only the customers a test made. */
    public static String sector() {
        return "Settore " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Customer customer(CustomerKind kind, String owner, String province, String sector) {
        String vat = Api.randomPartitaIva();
        return customers.create(new NewCustomer(kind, "Cliente " + vat, vat, null, "c" + vat + "@example.it", "it",
                owner, TelephonyFixtures.newMobileNumber(), "Città", province, null, sector, 10));
    }

    public Customer customer(String owner) {
        return customer(CustomerKind.CUSTOMER, owner, "MI", sector());
    }

    /** A deal of the customer for that seller (null: none); its process waits at the qualify task. */
    public Deal deal(Customer customer, String seller) {
        return deals.open(new NewDeal(customer.getId(), null, "Trattativa " + customer.getName(), seller));
    }

    public ProcessInstance instance(Deal deal) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("deal")
                .processInstanceBusinessKey(deal.getId().toString()).singleResult();
    }

    /** The deal's open task of that phase (user task id), or null. */
    public Task task(Deal deal, String taskId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(deal.getId().toString())
                .taskDefinitionKey(taskId).singleResult();
    }

}
