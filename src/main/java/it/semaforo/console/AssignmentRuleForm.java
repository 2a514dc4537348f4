package it.semaforo.console;

import it.semaforo.customers.AssignmentRule;
import it.semaforo.customers.AssignmentRuleRequest;
import it.semaforo.customers.AssignmentStrategy;
import it.semaforo.customers.OwnerRole;

/**
 * The assignment rule form as typed: provinces and target users separated by commas or spaces, regions and sectors
 * by commas (their names may have spaces).
 */
public class AssignmentRuleForm {

    private String name;
    private OwnerRole role = OwnerRole.SELLER;
    private String provinces;
    private String regions;
    private String sectors;
    private Integer employeesMin;
    private Integer employeesMax;
    private String targetGroup;
    private String targetUsers;
    private AssignmentStrategy strategy = AssignmentStrategy.ROUND_ROBIN;
    private Integer priority = 100;
    private boolean active = true;

    static AssignmentRuleForm of(AssignmentRule rule) {
        AssignmentRuleForm form = new AssignmentRuleForm();
        form.name = rule.getName();
        form.role = rule.getRole();
        form.provinces = FormLists.join(rule.getProvinces());
        form.regions = FormLists.join(rule.getRegions());
        form.sectors = FormLists.join(rule.getSectors());
        form.employeesMin = rule.getEmployeesMin();
        form.employeesMax = rule.getEmployeesMax();
        form.targetGroup = rule.getTargetGroup();
        form.targetUsers = FormLists.join(rule.getTargetUsers());
        form.strategy = rule.getStrategy();
        form.priority = rule.getPriority();
        form.active = rule.isActive();
        return form;
    }

    AssignmentRuleRequest toRequest() {
        return new AssignmentRuleRequest(name, role, FormLists.words(provinces), FormLists.names(regions),
                FormLists.names(sectors), employeesMin, employeesMax, targetGroup, FormLists.words(targetUsers),
                strategy, priority, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OwnerRole getRole() {
        return role;
    }

    public void setRole(OwnerRole role) {
        this.role = role;
    }

    public String getProvinces() {
        return provinces;
    }

    public void setProvinces(String provinces) {
        this.provinces = provinces;
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = regions;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public Integer getEmployeesMin() {
        return employeesMin;
    }

    public void setEmployeesMin(Integer employeesMin) {
        this.employeesMin = employeesMin;
    }

    public Integer getEmployeesMax() {
        return employeesMax;
    }

    public void setEmployeesMax(Integer employeesMax) {
        this.employeesMax = employeesMax;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getTargetUsers() {
        return targetUsers;
    }

    public void setTargetUsers(String targetUsers) {
        this.targetUsers = targetUsers;
    }

    public AssignmentStrategy getStrategy() {
        return strategy;
    }

    public void setStrategy(AssignmentStrategy strategy) {
        this.strategy = strategy;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
