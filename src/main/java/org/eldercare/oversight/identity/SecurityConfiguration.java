package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.ProblemWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
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

    static boolean isApi(HttpServletRequest request) {
        String p = org.eldercare.oversight.common.RequestPaths.of(request);
        return p.startsWith("/api/") || p.startsWith("/actuator/") || p.startsWith("/v3/api-docs");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            ApiTokenService tokens, ApplicationEventPublisher events, Messages messages,
                                            LoginHandlers loginHandlers,
                                            java.util.List<AuthenticatedRequestFilter> contributed) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"eldercare\", Bearer");
            ProblemWriter.write(response, 401, messages.get("error.title.401"), messages.get("error.unauthenticated"), request.getRequestURI());
        };
        AccessDeniedHandler apiDenied = (request, response, ex) -> ProblemWriter.write(response, 403,
                messages.get("error.title.403"),
                "password change required".equals(ex.getMessage()) ? messages.get("password.changeRequired") : messages.get("error.forbidden"),
                request.getRequestURI());
        LoginUrlAuthenticationEntryPoint pageEntryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        // CSRF protects cookie sessions; an API call that brings its own credentials (Basic/Bearer) has no ambient authority
        RequestMatcher csrfRequired = request -> {
            String m = request.getMethod();
            boolean unsafe = !("GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m) || "TRACE".equals(m));
            return unsafe && !(isApi(request) && request.getHeader("Authorization") != null);
        };

        http
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                        "/public/**", "/api/v1/public/**", "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/admin/users/**", "/api/v1/admin/users/**", "/admin/tokens/**", "/api/v1/admin/api-tokens/**",
                        "/admin/regions/**").hasRole(Role.SYSADMIN.name())
                .requestMatchers("/admin/security-policy/**", "/api/v1/admin/security-policy/**").hasRole(Role.SECADMIN.name())
                .requestMatchers("/audit/**", "/api/v1/audit/**").hasRole(Role.AUDITADMIN.name())
                .anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                .successHandler(loginHandlers).failureHandler(loginHandlers).permitAll())
            .httpBasic(b -> b.authenticationEntryPoint(apiEntryPoint))
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
            .csrf(c -> c.requireCsrfProtectionMatcher(csrfRequired))
            .exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor(apiEntryPoint, SecurityConfiguration::isApi)
                .defaultAuthenticationEntryPointFor(pageEntryPoint, request -> true)
                .defaultAccessDeniedHandlerFor(apiDenied, SecurityConfiguration::isApi))
            .headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(fo -> fo.deny()))
            .addFilterBefore(new BearerTokenFilter(tokens, apiEntryPoint, events), BasicAuthenticationFilter.class)
            .addFilterAfter(new ForcedPasswordChangeFilter(apiDenied), AuthorizationFilter.class);
        for (AuthenticatedRequestFilter f : contributed) {
            http.addFilterBefore(f, AuthorizationFilter.class);
        }
        return http.build();
    }
}
