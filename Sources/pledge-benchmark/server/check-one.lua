-- One operation per request: what a service asks before one data use.
wrk.method = "POST"
local format = os.getenv("PLEDGE_FORMAT")
wrk.path = "/v1/check?policy=clickandchat" .. (format and ("&format=" .. format) or "")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"action": "share", "data": ["user.contact.email"], "recipient": "advertiser", "purpose": "marketing.advertising"}'

function response(status, headers, body)
  if status ~= 200 then error("answer " .. status .. ": " .. body) end
end
