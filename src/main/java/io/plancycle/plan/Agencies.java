package io.plancycle.plan;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** The city's agencies, for the pages that list or name them. */
@Service
public class Agencies {

    private final AgencyRepository agencies;

    Agencies(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Every agency, in the city's order. */
    public List<Agency> inCityOrder() {
        return agencies.findAllByOrderBySortOrder();
    }

    /** The city's agencies now (none merged or split away), in the city's order. */
    public List<Agency> current() {
        return inCityOrder().stream().filter(Agency::isCurrent).toList();
    }

    /** The agency with this code. */
    public Agency byCode(String code) {
        return agencies.findByCode(code).orElseThrow(() -> new NotFoundException(MessageCode.AGENCY_UNKNOWN, code));
    }
}
