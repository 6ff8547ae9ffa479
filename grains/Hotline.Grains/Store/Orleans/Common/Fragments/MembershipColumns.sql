-- The cluster's version and one silo row's columns, named as Orleans reads them (v = version row, m = silo row).
v.version         AS Version,
m.address         AS Address,
m.port            AS Port,
m.generation      AS Generation,
m.silo_name       AS SiloName,
m.host_name       AS HostName,
m.status          AS Status,
m.proxy_port      AS ProxyPort,
m.suspect_times   AS SuspectTimes,
m.start_time      AS StartTime,
m.i_am_alive_time AS IAmAliveTime
