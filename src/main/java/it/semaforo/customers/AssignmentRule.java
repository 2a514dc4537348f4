package it.semaforo.customers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Who owns customers for a role: the customers it matches (every criterion given must match; none given matches
 * all), the candidates (a group's members or a list of users) and how one of them is picked.
 */
@Entity
public class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OwnerRole role;

    /** Siglas, upper case. */
    @Convert(converter = StringListConverter.class)
    private List<String> provinces;

    /** Region names as in {@link ItalianProvinces}. */
    @Convert(converter = StringListConverter.class)
    private List<String> regions;

    /** Compared without regard to case. */
    @Convert(converter = StringListConverter.class)
    private List<String> sectors;

    private Integer employeesMin;

    private Integer employeesMax;

    private String targetGroup;

    @Convert(converter = StringListConverter.class)
    private List<String> targetUsers;

    @Enumerated(EnumType.STRING)
    private AssignmentStrategy strategy;

    private int priority;

    private boolean active;

    private Instant createdAt;

    @Version
    private long version;

    protected AssignmentRule() {
    }

    AssignmentRule(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Replaces everything but the id; the values are already checked and normalised by {@link AssignmentRules}. */
    void define(String name, OwnerRole role, List<String> provinces, List<String> regions, List<String> sectors,
                Integer employeesMin, Integer employeesMax, String targetGroup, List<String> targetUsers,
                AssignmentStrategy strategy, int priority, boolean active) {
        this.name = name;
        this.role = role;
        this.provinces = List.copyOf(provinces);
        this.regions = List.copyOf(regions);
        this.sectors = List.copyOf(sectors);
        this.employeesMin = employeesMin;
        this.employeesMax = employeesMax;
        this.targetGroup = targetGroup;
        this.targetUsers = List.copyOf(targetUsers);
        this.strategy = strategy;
        this.priority = priority;
        this.active = active;
    }

    /** Whether every criterion the rule gives holds for the customer (a region is derived from the province). */
    public boolean matches(Customer customer) {
        if (!provinces.isEmpty() && (customer.getProvince() == null
                || !provinces.contains(customer.getProvince().toUpperCase(Locale.ROOT)))) {
            return false;
        }
        if (!regions.isEmpty()) {
            String region = customer.getRegion() != null ? customer.getRegion()
                    : ItalianProvinces.regionOf(customer.getProvince()).orElse(null);
            if (region == null || regions.stream().noneMatch(region::equalsIgnoreCase)) {
                return false;
            }
        }
        if (!sectors.isEmpty() && (customer.getSector() == null
                || sectors.stream().noneMatch(customer.getSector().strip()::equalsIgnoreCase))) {
            return false;
        }
        Integer employees = customer.getEmployees();
        if (employeesMin != null && (employees == null || employees < employeesMin)) {
            return false;
        }
        return employeesMax == null || employees != null && employees <= employeesMax;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OwnerRole getRole() {
        return role;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public Integer getEmployeesMin() {
        return employeesMin;
    }

    public Integer getEmployeesMax() {
        return employeesMax;
    }

    /** The group whose members are the candidates, or null when {@link #getTargetUsers()} are. */
    public String getTargetGroup() {
        return targetGroup;
    }

    public List<String> getTargetUsers() {
        return targetUsers;
    }

    public AssignmentStrategy getStrategy() {
        return strategy;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
