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

    /** The agency with this code. */
    public Agency byCode(String code) {
        return agencies.findByCode(code).orElseThrow(() -> new NotFoundException(MessageCode.AGENCY_UNKNOWN, code));
    }
}
