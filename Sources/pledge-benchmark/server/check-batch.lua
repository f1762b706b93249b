-- A batch of 100 operations per request (allowed, denied and not covered, in turn).
local kinds = {
  '{"action": "email", "data": ["user.contact.email"], "recipient": "data_subject", "purpose": "marketing.communications.email"}',
  '{"action": "share", "data": ["user.contact.email"], "recipient": "advertiser", "purpose": "marketing.advertising"}',
  '{"action": "collect", "data": ["user.location"], "purpose": "analytics"}',
  '{"action": "use", "data": ["user.name"], "purpose": "essential"}',
}
local ops = {}
for i = 1, 100 do ops[i] = kinds[(i - 1) % #kinds + 1] end
wrk.method = "POST"
local format = os.getenv("PLEDGE_FORMAT")
wrk.path = "/v1/check?policy=clickandchat" .. (format and ("&format=" .. format) or "")
wrk.headers["Content-Type"] = "application/json"
wrk.body = "[" .. table.concat(ops, ",") .. "]"

function response(status, headers, body)
  if status ~= 200 then error("answer " .. status .. ": " .. body) end
end
