package io.plancycle.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything needs a signed-in user except the health check and the Camunda webapps' own login,
 * which authenticate against the same identity store. The engine's REST API is for administrators only.
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, IdentityAuthenticationProvider identity) throws Exception {
        http.authenticationProvider(identity)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/engine-rest/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/camunda/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("PlanCycle"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"));
        return http.build();
    }
}
