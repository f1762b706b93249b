-- Batches of 100 operations that seldom repeat: each drawn at random (fixed seed) from every
-- action but retain, data category, purpose and recipient of the taxonomy; 1,000 bodies,
-- sent in turn. Far more distinct operations than the server's cache of answers holds, so
-- nearly every one is decided and written afresh: the cost of a cache miss.
local actions = {"collect", "use", "disclose", "share", "sell", "rent", "trade", "delete", "contact", "email"}
local data = {"system", "system.authentication", "system.operations", "user", "user.account", "user.authorization", "user.behavior", "user.biometric", "user.childrens", "user.contact", "user.content", "user.demographic", "user.location", "user.device", "user.payment", "user.social", "user.unique_id", "user.telemetry", "user.user_sensor", "user.workplace", "user.sensor", "user.financial", "user.government_id", "user.health_and_medical", "user.name", "user.criminal_history", "user.privacy_preferences", "user.job_title", "user.account.settings", "user.account.username", "user.authorization.credentials", "user.authorization.biometric", "user.authorization.password", "user.behavior.browsing_history", "user.behavior.media_consumption", "user.behavior.purchase_history", "user.behavior.search_history", "user.biometric.fingerprint", "user.biometric.retinal", "user.biometric.voice", "user.biometric.health", "user.contact.address", "user.contact.email", "user.contact.phone_number", "user.contact.url", "user.contact.fax_number", "user.contact.organization", "user.contact.address.city", "user.contact.address.country", "user.contact.address.postal_code", "user.contact.address.state", "user.contact.address.street", "user.content.private", "user.content.public", "user.content.self_image", "user.demographic.age_range", "user.demographic.date_of_birth", "user.demographic.gender", "user.demographic.language", "user.demographic.marital_status", "user.demographic.political_opinion", "user.demographic.profile", "user.demographic.race_ethnicity", "user.demographic.religious_belief", "user.demographic.sexual_orientation", "user.device.cookie", "user.device.cookie_id", "user.device.device_id", "user.device.ip_address", "user.financial.bank_account", "user.financial.credit_card", "user.government_id.birth_certificate", "user.government_id.drivers_license_number", "user.government_id.immigration", "user.government_id.national_identification_number", "user.government_id.passport_number", "user.government_id.vehicle_registration", "user.health_and_medical.genetic", "user.health_and_medical.insurance_beneficiary_id", "user.health_and_medical.record_id", "user.location.imprecise", "user.location.precise", "user.name.first", "user.name.last", "user.unique_id.pseudonymous"}
local purposes = {"analytics", "analytics.reporting", "analytics.reporting.ad_performance", "analytics.reporting.content_performance", "analytics.reporting.campaign_insights", "analytics.reporting.system", "analytics.reporting.system.performance", "collect", "employment", "employment.recruitment", "essential", "essential.fraud_detection", "essential.legal_obligation", "essential.service", "essential.service.authentication", "essential.service.notifications", "essential.service.operations", "essential.service.payment_processing", "essential.service.security", "essential.service.upgrades", "essential.service.notifications.email", "essential.service.notifications.sms", "essential.service.operations.support", "essential.service.operations.improve", "finance", "functional", "functional.storage", "functional.service", "functional.service.improve", "marketing", "marketing.advertising", "marketing.communications", "marketing.advertising.first_party", "marketing.advertising.frequency_capping", "marketing.advertising.negative_targeting", "marketing.advertising.profiling", "marketing.advertising.serving", "marketing.advertising.third_party", "marketing.advertising.first_party.contextual", "marketing.advertising.first_party.targeted", "marketing.advertising.third_party.targeted", "marketing.communications.email", "marketing.communications.sms", "operations", "personalize", "personalize.content", "personalize.system", "personalize.content.limited", "personalize.content.profiling", "personalize.content.profiled", "sales", "third_party_sharing", "third_party_sharing.legal_obligation", "train_ai_system"}
local recipients = {"first_party", "data_subject", "third_party", "service_provider", "business_partner", "affiliate", "advertiser", "payment_processor", "government", "legal_counsel", "acquirer", "public"}

math.randomseed(12)
local function pick(list) return list[math.random(#list)] end
local bodies = {}
for b = 1, 1000 do
  local ops = {}
  for i = 1, 100 do
    ops[i] = string.format('{"action": "%s", "data": ["%s"], "recipient": "%s", "purpose": "%s"}',
                           pick(actions), pick(data), pick(recipients), pick(purposes))
  end
  bodies[b] = "[" .. table.concat(ops, ",") .. "]"
end

local format = os.getenv("PLEDGE_FORMAT")
local path = "/v1/check?policy=clickandchat" .. (format and ("&format=" .. format) or "")
local next_body = 0
request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", path, {["Content-Type"] = "application/json"}, bodies[next_body])
end

function response(status, headers, body)
  if status ~= 200 then error("answer " .. status .. ": " .. body) end
end
