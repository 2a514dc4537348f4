package it.semaforo.deals.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.deals.Campaign;
import it.semaforo.deals.CampaignFilter;
import it.semaforo.deals.CampaignTargets;
import it.semaforo.deals.Campaigns;
import it.semaforo.deals.DealStatus;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewCampaign;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;
import it.semaforo.platform.web.PageView;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Commercial actions: a filter over customers and prospects, one deal per target")
class CampaignController {

    private static final MethodParameter PREVIEW_BODY = RequestGuards.bodyOf(CampaignController.class, "preview");
    private static final MethodParameter LAUNCH_BODY = RequestGuards.bodyOf(CampaignController.class, "launch");

    private final Campaigns campaigns;
    private final Deals deals;
    private final RequestGuards guards;

    CampaignController(Campaigns campaigns, Deals deals, RequestGuards guards) {
        this.campaigns = campaigns;
        this.deals = deals;
        this.guards = guards;
    }

    record TargetView(long id, CustomerKind kind, String name, String province, String sector, String ownerUserId) {
        static TargetView of(Customer c) {
            return new TargetView(c.getId(), c.getKind(), c.getName(), c.getProvince(), c.getSector(),
                    c.getOwnerUserId());
        }
    }

    record PreviewView(int count, List<TargetView> targets) {
        static PreviewView of(CampaignTargets targets) {
            return new PreviewView(targets.count(), targets.first().stream().map(TargetView::of).toList());
        }
    }

    record CampaignView(long id, String name, String description, @JsonRawValue String filter, String createdBy,
                        Instant createdAt, int targetCount, Map<DealStatus, Long> dealsByStatus,
                        Map<String, Long> dealsByPhase) {
        static CampaignView of(Campaign c, Map<DealStatus, Long> byStatus, Map<String, Long> byPhase) {
            return new CampaignView(c.getId(), c.getName(), c.getDescription(), c.getFilterJson(), c.getCreatedBy(),
                    c.getCreatedAt(), c.getTargetCount(), byStatus, byPhase);
        }
    }

    @PostMapping("/preview")
    @Operation(summary = "How many customers and prospects a filter selects, and the first 50 (managers)")
    @ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
    PreviewView preview(@RequestBody CampaignFilter filter) throws MethodArgumentNotValidException {
        managersOnly();
        return PreviewView.of(campaigns.preview(guards.valid(filter, PREVIEW_BODY)));
    }

    @PostMapping
    @Operation(summary = "Launch a commercial action (managers): one deal, and one deal process, per target",
            description = "Each deal goes to its customer's seller; a filter selecting nobody is a 400 naming filter.")
    @ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
    ResponseEntity<CampaignView> launch(@RequestBody NewCampaign request) throws MethodArgumentNotValidException {
        Viewer viewer = managersOnly();
        Campaign campaign = campaigns.launch(guards.valid(request, LAUNCH_BODY), viewer.userId());
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(campaign.getId()))
                .body(view(campaign));
    }

    @GetMapping
    @Operation(summary = "Commercial actions, newest first (managers)")
    PageView<CampaignView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        managersOnly();
        return PageView.of(campaigns.list(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"))), this::view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commercial action with its deals counted by status and by phase (managers)")
    CampaignView get(@PathVariable long id) {
        managersOnly();
        return view(campaigns.get(id));
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, deals.countByStatus(campaign.getId()), deals.countByPhase(campaign.getId()));
    }

    private static Viewer managersOnly() {
        Viewer viewer = Viewer.current();
        if (!viewer.isMemberOf(Groups.MANAGERS)) {
            throw Forbidden.because("semaforo.campaign.managersOnly");
        }
        return viewer;
    }
}
