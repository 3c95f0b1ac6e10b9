package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.RequestPaths;
import org.eldercare.oversight.common.ProblemWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PlatformAuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** Public static assets: no login, and nothing of the session's account to check. */
    static final String[] STATIC_ASSETS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    static boolean isApi(HttpServletRequest request) {
        String p = RequestPaths.of(request);
        return p.startsWith("/api/") || p.startsWith("/actuator/") || p.startsWith("/v3/api-docs");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            ApiTokenService tokens, ApplicationEventPublisher events, Messages messages,
                                            LoginHandlers loginHandlers, MetricsNetworks metricsNetworks,
                                            List<AuthenticatedRequestFilter> contributed) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = apiEntryPoint(messages);
        AccessDeniedHandler apiDenied = apiDenied(messages);
        http
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(a -> authorize(a, metricsNetworks))
            .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                .successHandler(loginHandlers).failureHandler(loginHandlers).permitAll())
            .httpBasic(b -> b.authenticationEntryPoint(apiEntryPoint))
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
            .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::csrfRequired))
            .exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor(apiEntryPoint, SecurityConfiguration::isApi)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                .defaultAccessDeniedHandlerFor(apiDenied, SecurityConfiguration::isApi)
                // with a single mapping Spring Security would use it for every request: pages get the styled 403 page
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
            .headers(SecurityConfiguration::headers)
            .addFilterBefore(new BearerTokenFilter(tokens, apiEntryPoint, events), BasicAuthenticationFilter.class)
            .addFilterAfter(new ForcedPasswordChangeFilter(apiDenied), AuthorizationFilter.class);
        for (AuthenticatedRequestFilter f : contributed) {
            http.addFilterBefore(f, AuthorizationFilter.class);
        }
        return http.build();
    }

    /**
     * Public pages and assets (health and its probes show only the status); metrics, the other actuator endpoints and the
     * API description for the system administrator only (or Prometheus from {@link MetricsNetworks}); the three
     * administrators' areas (三员分立); everything else for any logged-in user, narrowed by {@code @PreAuthorize}.
     */
    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a, MetricsNetworks metricsNetworks) {
        a.requestMatchers(STATIC_ASSETS).permitAll()
                .requestMatchers("/login", "/error",
                        "/public/**", "/api/v1/public/**", "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(metricsNetworks).permitAll()
                .requestMatchers("/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui.html", "/swagger-ui/**").hasRole(Role.SYSADMIN.name())
                .requestMatchers("/admin/users/**", "/api/v1/admin/users/**", "/admin/tokens/**", "/api/v1/admin/api-tokens/**",
                        "/admin/regions/**").hasRole(Role.SYSADMIN.name())
                .requestMatchers("/admin/security-policy/**", "/api/v1/admin/security-policy/**").hasRole(Role.SECADMIN.name())
                .requestMatchers("/audit/**", "/api/v1/audit/**").hasRole(Role.AUDITADMIN.name())
                .anyRequest().authenticated();
    }

    /** An API call without (valid) credentials: 401 problem in Chinese, offering Basic and Bearer. */
    private static AuthenticationEntryPoint apiEntryPoint(Messages messages) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"eldercare\", Bearer");
            ProblemWriter.write(response, 401, messages.get("error.title.401"), messages.get("error.unauthenticated"),
                    request.getRequestURI());
        };
    }

    /** An API call that may not do this (or must first change its password): 403 problem in Chinese. */
    private static AccessDeniedHandler apiDenied(Messages messages) {
        return (request, response, ex) -> ProblemWriter.write(response, 403, messages.get("error.title.403"),
                ForcedPasswordChangeFilter.PASSWORD_CHANGE_REQUIRED.equals(ex.getMessage())
                        ? messages.get("password.changeRequired") : messages.get("error.forbidden"),
                request.getRequestURI());
    }

    /**
     * CSRF protects cookie sessions; an API call that brings its own credentials (Basic/Bearer) has no ambient authority, nor
     * has the public API (/api/v1/public/**, e.g. a complaint), which anybody may call without any session.
     */
    private static boolean csrfRequired(HttpServletRequest request) {
        String m = request.getMethod();
        boolean unsafe = !("GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m) || "TRACE".equals(m));
        return unsafe && !(isApi(request) && request.getHeader("Authorization") != null)
                && !RequestPaths.of(request).startsWith("/api/v1/public/");
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(fo -> fo.deny());
    }
}
