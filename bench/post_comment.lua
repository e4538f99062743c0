-- wrk script for bench/pages.py: comment posts, each from another reader's address (the app trusts
-- X-Forwarded-For from 127.0.0.1 here), each with new text, so none is refused as flooding or duplicate.
local threads = 0
local token = os.getenv("BENCH_FORM_TOKEN")
local origin = os.getenv("BENCH_ORIGIN")

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(id * 7919 + os.time())
  counter = 0
end

function request()
  counter = counter + 1
  local writer = id .. "-" .. counter
  local body = "body=Benchmark+comment+" .. writer .. "+on+the+ferry+timetable&name=Bench+reader+" .. writer
    .. "&email=bench" .. writer .. "%40example.org&form_token=" .. token
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = origin,
    ["X-Forwarded-For"] = "10." .. id .. "." .. math.random(0, 255) .. "." .. math.random(1, 254),
  }
  return wrk.format("POST", nil, headers, body)
end
