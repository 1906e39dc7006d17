/** Source hosts, package registries, CI/CD and developer tooling. */
import { ALPHABETS, randomLooking, chars, format, gated, hexMix, lit, mixed, prefixed, uuid } from "./dsl.js";
import type { FormatDefinition } from "./types.js";

const { alnum, base64url, digits, hex, hexAnyCase, lower, lowerAlnum, upperAlnum } = ALPHABETS;

/** Source hosting, registry and CI/CD formats. */
export const CODE_FORMATS: readonly FormatDefinition[] = [
  // GitHub
  format("github-token", "GitHub token", [
    [lit("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), chars(alnum, 36, 251)],
    [lit("ghs_", "ghu_"), chars(digits, 1, 12), lit("_eyJ"), chars(base64url, 10, 2000), lit("."), chars(base64url, 10, 4000), lit("."), chars(base64url, 16, 2000)],
  ]),
  format("github-fine-grained-token", "GitHub fine-grained token", [lit("github_pat_"), chars(alnum, 22), lit("_"), chars(alnum, 59)]),
  gated("github-oauth-client-secret", "GitHub OAuth client secret", ["github_client_secret", "github_secret", "github-client-secret", "githubclientsecret"], [chars(hex, 40)], {
    validate: hexMix,
  }),

  // GitLab
  format("gitlab-token", "GitLab token", [
    lit("glpat-", "gldt-", "glrt-", "glft-", "glsoat-", "glcbt-", "gloas-", "glimt-", "glagent-", "glptt-", "glffct-", "glwt-"),
    chars(base64url, 20, 80),
  ]),
  format("gitlab-runner-registration-token", "GitLab runner registration token", [lit("GR1348941"), chars(base64url, 20)], { validate: mixed(2) }),
  prefixed("gitlab-session-cookie", "GitLab session cookie", "_gitlab_session=", hex, 32, 32, { validate: hexMix }),

  // Other source hosts
  prefixed("bitbucket-app-password", "Bitbucket app password", "ATBB", `${alnum}_=.-`, 32, 40, { validate: randomLooking }),
  gated("bitbucket-client-secret", "Bitbucket client secret", ["bitbucket"], [chars(`${alnum}_-`, 64)], { validate: randomLooking }),
  prefixed("atlassian-api-token", "Atlassian API token", ["ATATT3", "ATCTT3"], `${alnum}_=-`, 150, 250),
  gated("atlassian-legacy-api-token", "Atlassian API token", ["atlassian", "confluence", "jira"], [chars(alnum, 24)], { validate: randomLooking }),
  format("sourcegraph-token", "Sourcegraph access token", [
    [lit("sgp_"), chars(hex, 40)],
    [lit("sgp_local_"), chars(hex, 40)],
    [lit("sgp_"), chars(hex, 16), lit("_"), chars(hex, 40)],
  ]),
  gated("gitea-token", "Gitea access token", ["gitea", "forgejo"], [chars(hex, 40)], { validate: hexMix }),
  gated("gitter-token", "Gitter token", ["gitter"], [chars(base64url, 40)], { validate: randomLooking }),

  // Package registries
  prefixed("npm-token", "npm token", "npm_", alnum, 36),
  format("pypi-token", "PyPI token", [lit("pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"), chars(base64url, 50, 1000)]),
  prefixed("rubygems-token", "RubyGems API key", "rubygems_", hex, 48),
  prefixed("nuget-api-key", "NuGet API key", "oy2", lowerAlnum, 43, 43, { validate: mixed(2) }),
  format("docker-hub-token", "Docker Hub token", [lit("dckr_pat_", "dckr_oat_"), chars(base64url, 27, 32)]),
  prefixed("clojars-token", "Clojars deploy token", "CLOJARS_", lowerAlnum, 60, 60, { validate: mixed(2) }),
  prefixed("crates-io-token", "crates.io API token", "cio", alnum, 32, 32, { validate: randomLooking }),
  prefixed("artifactory-api-key", "JFrog Artifactory API key", "AKCp", alnum, 69, 69, { validate: randomLooking }),
  prefixed("artifactory-reference-token", "JFrog reference token", "cmVmdGtu", alnum, 56, 56, { validate: randomLooking }),
  prefixed("packagist-token", "Packagist token", ["packagist_uut_", "packagist_ort_", "packagist_out_"], hex, 68),
  prefixed("infracost-api-token", "Infracost API token", "ico-", alnum, 32, 32, { validate: randomLooking }),
  prefixed("pulumi-token", "Pulumi access token", "pul-", hex, 40),
  prefixed("terraform-registry-token", "Terraform registry token", "tfr_", alnum, 40, 40, { validate: randomLooking }),
  format("terraform-cloud-token", "Terraform Cloud token", [chars(alnum, 14), lit(".atlasv1."), chars(`${alnum}_=-`, 60, 70)], { keywords: [".atlasv1."] }),

  // CI/CD and code quality
  prefixed("sonar-token", "SonarQube token", ["squ_", "sqp_", "sqa_"], hex, 40),
  gated("sonarcloud-token", "SonarCloud token", ["sonar"], [chars(hex, 40)], { validate: hexMix }),
  gated("snyk-token", "Snyk API token", ["snyk"], uuid(hexAnyCase)),
  gated("codecov-token", "Codecov upload token", ["codecov"], uuid(hexAnyCase)),
  format("circleci-token", "CircleCI token", [lit("CCIPAT_", "CCIPRJ_"), chars(alnum, 22), lit("_"), chars(hex, 40)]),
  gated("circleci-legacy-token", "CircleCI token", ["circleci", "circle_token", "circle-token"], [chars(hex, 40)], { validate: hexMix }),
  gated("travis-ci-token", "Travis CI token", ["travis"], [chars(base64url, 22)], { validate: randomLooking }),
  gated("drone-ci-token", "Drone CI token", ["drone"], [chars(alnum, 32)], { validate: randomLooking }),
  prefixed("buildkite-token", "Buildkite API token", "bkua_", hex, 40),
  gated("buildkite-agent-token", "Buildkite agent token", ["buildkite"], [chars(hex, 50)], { validate: hexMix }),
  prefixed("octopus-deploy-api-key", "Octopus Deploy API key", "API-", upperAlnum, 26, 32, { validate: mixed(2), claimable: false }),
  format("harness-token", "Harness access token", [lit("pat.", "sat."), chars(base64url, 22), lit("."), chars(hexAnyCase, 24), lit("."), chars(alnum, 20)], {
    validate: mixed(2),
    claimable: false,
  }),
  prefixed("teamcity-token", "TeamCity access token", "eyJ0eXAiOiAiVENWMiJ9.", base64url, 36, 48),
  gated("jenkins-api-token", "Jenkins API token", ["jenkins"], [chars(hex, 34)], { validate: hexMix }),
  gated("bitrise-token", "Bitrise access token", ["bitrise"], [chars(base64url, 86)], { validate: randomLooking }),
  gated("appveyor-token", "AppVeyor API token", ["appveyor"], [lit("v2."), chars(lowerAlnum, 20)], { validate: mixed(2) }),
  format("postman-api-key", "Postman API key", [lit("PMAK-"), chars(hex, 24), lit("-"), chars(hex, 34)]),
  gated("browserstack-access-key", "BrowserStack access key", ["browserstack"], [chars(alnum, 20)], { validate: randomLooking }),
  gated("saucelabs-access-key", "Sauce Labs access key", ["saucelabs", "sauce_access", "sauce-access"], uuid(hex)),
  gated("cypress-record-key", "Cypress record key", ["cypress"], uuid(hex)),
  gated("percy-token", "Percy token", ["percy"], [chars(hex, 64)], { validate: hexMix }),
  format("sentry-token", "Sentry auth token", [
    [lit("sntrys_eyJ"), chars(`${alnum}+/_=-`, 30, 400)],
    [lit("sntryu_"), chars(hex, 64)],
  ]),
  prefixed("readme-api-key", "ReadMe API key", "rdme_", lowerAlnum, 70),
  prefixed("apify-token", "Apify API token", "apify_api_", alnum, 36, 36, { validate: randomLooking }),
  format("django-secret-key", "Django secret key", [lit("django-insecure-"), chars(`${lower}0123456789!@#$%^&*(-_=+)`, 50)]),
];
