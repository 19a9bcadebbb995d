-- Users who sign in, their role and, for school editors, their schools.

create table app_user (
    username        varchar(100) primary key,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null,
    enabled         boolean      not null,
    failed_attempts integer      not null,
    locked_until    timestamp,
    created_at      timestamp    not null
);

create table app_user_school (
    username  varchar(100) not null references app_user (username),
    school_id bigint       not null references school (id),
    primary key (username, school_id)
);
